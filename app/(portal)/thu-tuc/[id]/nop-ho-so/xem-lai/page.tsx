import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { SubmitButton } from "@/app/_components/portal/submit-button";
import { getOrganisation } from "@/db/services/get-organisation";
import { getDraft } from "@/db/services/portal/get-draft";
import { getService } from "@/db/services/portal/get-service";
import type { FormComponent } from "@/engine/model/types";
import { unitName } from "../../../../_lib/jurisdictions";
import { requireCitizen } from "../../../../_lib/portal";
import { labelOf, optionsOf, renderTree, type RenderNode } from "../../../../_lib/start-form";
import { submitAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.apply");
  return { title: t("review") };
}

function shown(c: FormComponent, v: unknown, yes: string, no: string): string | null {
  if (v === undefined || v === null || v === "") return null;
  if (c.type === "checkbox") return v === true ? yes : no;
  const opts = optionsOf(c);
  const label = (x: unknown) => opts.find((o) => o.value === String(x))?.label ?? String(x);
  if (Array.isArray(v)) return v.length ? v.map(label).join(", ") : null;
  if (typeof v === "object" && "name" in v) return String((v as { name: unknown }).name);
  return label(v);
}

/** Step 2: the answers as the citizen gave them, and the one button that files the dossier. */
export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const base = `/thu-tuc/${encodeURIComponent(id)}/nop-ho-so`;
  const { actor, db } = await requireCitizen(`${base}/xem-lai`);
  const service = await getService(db, { input: { id } }).catch(() => notFound());
  const draft = await getDraft(db, { actor, input: { procedure: id } });
  if (!draft || !service.startForm) redirect(base);
  const t = await getTranslations("portal.apply");
  const org = await getOrganisation(db);
  const rows: { label: string; value: string | null }[] = [
    { label: t("where"), value: unitName(org, draft.jurisdiction) },
  ];
  const walk = (nodes: RenderNode[]) => {
    for (const n of nodes) {
      if (n.kind === "group") walk(n.children);
      else if (n.kind === "field") {
        const c = n.component;
        rows.push({
          label: labelOf(c),
          value: shown(c, draft.data[String(c.key)], t("yes"), t("no")),
        });
      } else if (n.kind === "list") {
        const list = Array.isArray(draft.data[n.key])
          ? (draft.data[n.key] as Record<string, unknown>[])
          : [];
        list.forEach((row, i) =>
          rows.push({
            label: `${n.label} — ${t("row", { n: i + 1 })}`,
            value:
              n.children
                .map((c) => shown(c, row[String(c.key)], t("yes"), t("no")))
                .filter(Boolean)
                .join("; ") || null,
          }),
        );
      }
    }
  };
  walk(renderTree(service.startForm.components));
  return (
    <div className="container stack">
      <PageIntro title={t("review")} description={t("reviewIntro")}>
        <p className="muted">{t("stepReview")}</p>
      </PageIntro>
      <section className="portal-panel" aria-labelledby="review-heading">
        <h2 id="review-heading" lang="vi">
          {service.name}
        </h2>
        <dl className="portal-review">
          {rows.map((r, i) => (
            <div key={i}>
              <dt lang="vi">{r.label}</dt>
              <dd>{r.value ?? <span className="muted">{t("empty")}</span>}</dd>
            </div>
          ))}
        </dl>
      </section>
      <form action={submitAction} className="portal-actions">
        <input type="hidden" name="procedure" value={id} />
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
        <a className="button button--secondary" href={base}>
          {t("edit")}
        </a>
      </form>
    </div>
  );
}
