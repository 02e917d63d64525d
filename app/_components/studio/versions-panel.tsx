"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { diff } from "bpmn-js-differ";
import { Button } from "@/app/_components/ui/button";
import { versionAction } from "@/app/_lib/studio/actions";
import { clearMarkers, mark } from "./markers";
import type { Modeler } from "./modeler-setup";
import type { PublishedVersion } from "./types";

interface DiffSummary {
  version: number;
  added: string[];
  removed: string[];
  changed: string[];
  moved: string[];
}

/** Published versions, and a diff of the open draft against one, coloured on the diagram. */
export function VersionsPanel({
  draftId,
  versions,
  modeler,
  onError,
}: {
  draftId: string;
  versions: PublishedVersion[];
  modeler: () => Modeler | null;
  onError: (m: string) => void;
}) {
  const t = useTranslations("studio.versions");
  const format = useFormatter();
  const [summary, setSummary] = useState<DiffSummary | null>(null);

  async function compare(version: number) {
    const m = modeler();
    if (!m) return;
    const result = await versionAction(draftId, version);
    if (!result.ok) return onError(result.message);
    const moddle = m.get<{ fromXML(xml: string): Promise<{ rootElement: unknown }> }>("moddle");
    const { rootElement } = await moddle.fromXML(result.value.bpmn);
    const d = diff(rootElement, m.getDefinitions());
    const s: DiffSummary = {
      version,
      added: Object.keys(d._added),
      removed: Object.keys(d._removed),
      changed: Object.keys(d._changed),
      moved: Object.keys(d._layoutChanged).filter((id) => !(id in d._changed)),
    };
    clearMarkers(m);
    mark(m, s.added, "diff-added");
    mark(m, s.changed, "diff-changed");
    mark(m, s.moved, "diff-layout");
    setSummary(s);
  }

  return (
    <section className="studio-side__section stack-sm" aria-labelledby="studio-versions-h">
      <h2 id="studio-versions-h">{t("heading")}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="studio-versions">
          {versions.map((v) => (
            <li key={v.version}>
              <span>
                {t("publishedAt", {
                  version: v.version,
                  date: format.dateTime(new Date(v.publishedAt), {
                    dateStyle: "short",
                    timeStyle: "short",
                  }),
                })}
                {v.note && (
                  <span className="studio-versions__note">{t("note", { note: v.note })}</span>
                )}
              </span>
              <Button variant="secondary" onPress={() => void compare(v.version)}>
                {t("compare", { version: v.version })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {summary && (
        <div role="status" className="stack-sm">
          <p className="muted">{t("legend")}</p>
          {summary.added.length +
            summary.removed.length +
            summary.changed.length +
            summary.moved.length ===
          0 ? (
            <p>{t("noChanges")}</p>
          ) : (
            <ul className="studio-result__list">
              <li>
                {t("added", { count: summary.added.length })} {summary.added.join(", ")}
              </li>
              <li>
                {t("removed", { count: summary.removed.length })} {summary.removed.join(", ")}
              </li>
              <li>
                {t("changed", { count: summary.changed.length })} {summary.changed.join(", ")}
              </li>
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
