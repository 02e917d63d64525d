"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { is } from "bpmn-js/lib/util/ModelUtil";
import { Button } from "@/app/_components/ui/button";
import type { FormSchema, Problem } from "@/engine/model/types";
import { calledProceduresAction, publishAction } from "@/app/_lib/studio/actions";
import { calledLoader } from "./called-processes";
import { download, readFiles } from "./files";
import { translateDom } from "./dom-translate";
import { FormsWorkspace } from "./forms-workspace";
import { clearMarkers, mark, markPath } from "./markers";
import { createModeler, importModel, modelXml, type Modeler } from "./modeler-setup";
import { ProblemsPanel } from "./problems-panel";
import { PublishDialog } from "./publish-dialog";
import { getExtensionAttr } from "./properties/zeebe-extensions";
import type { MotCuaConfig } from "./properties";
import { DIAGRAM_CONTENT, simulationDictionary } from "./translate";
import { TryItPanel } from "./try-it-panel";
import { VersionsPanel } from "./versions-panel";
import { useAutosave } from "./use-autosave";
import { validateDraft } from "./validate-draft";
import { SaveStatus } from "./save-status";
import type { DraftProps, PublishedVersion, StudioOrg } from "./types";

type Tab = "diagram" | "forms" | "try" | "versions";
const LABEL_KEYS = [
  "groupProcedure",
  "groupStep",
  "groupForm",
  "code",
  "codeHint",
  "level",
  "level3",
  "level4",
  "none",
  "sla",
  "fee",
  "tier",
  "agency",
  "agencyHint",
  "roles",
  "rolesHint",
  "stepSla",
  "pauseClock",
  "form",
  "noForm",
  "mustBeNumber",
  "mustBeInteger",
] as const;

interface Registry {
  get(id: string): unknown;
  getAll(): { id: string; type: string }[];
}

/** An imported model keeps this draft's process id (the procedure's id); one undoable command. */
function keepProcessId(m: Modeler, id: string): void {
  const root = m
    .get<{ getRootElement(): { businessObject: { id: string } } }>("canvas")
    .getRootElement();
  if (is(root, "bpmn:Process") && root.businessObject.id !== id)
    m.get<{ updateProperties(e: unknown, p: Record<string, unknown>): void }>(
      "modeling",
    ).updateProperties(root, { id });
}

/** The modeler page: diagram + properties, problems, forms, Try it, versions; autosaved. */
export function Workbench({ draft, org }: { draft: DraftProps; org: StudioOrg }) {
  const t = useTranslations("studio");
  const locale = useLocale();
  const canvasEl = useRef<HTMLDivElement>(null);
  const panelEl = useRef<HTMLDivElement>(null);
  const fileEl = useRef<HTMLInputElement>(null);
  const modelerRef = useRef<Modeler | null>(null);
  const [forms, setForms] = useState<FormSchema[]>(draft.forms);
  const formsRef = useRef(forms);
  formsRef.current = forms;
  const [tab, setTab] = useState<Tab>("diagram");
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [checking, setChecking] = useState(true);
  const [notice, setNotice] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const [history, setHistory] = useState({ canUndo: false, canRedo: false });
  const [ready, setReady] = useState(false);
  const [publishing, setPublishing] = useState<"closed" | "asking" | "busy">("closed");
  const [versions, setVersions] = useState<PublishedVersion[]>(draft.versions);

  const getXml = useCallback(
    async () => (modelerRef.current ? modelXml(modelerRef.current) : draft.bpmn),
    [draft.bpmn],
  );
  const loadCalled = useMemo(
    () =>
      calledLoader(async (ids) => {
        const result = await calledProceduresAction(ids);
        return result.ok ? result.value : [];
      }),
    [],
  );
  const autosave = useAutosave({
    id: draft.id,
    revision: draft.revision,
    getXml,
    getForms: () => formsRef.current,
  });

  // Live validation, debounced: the same engine `validate()` the server runs at publish.
  const validateTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const runValidation = useCallback(() => {
    setChecking(true);
    clearTimeout(validateTimer.current);
    validateTimer.current = setTimeout(() => {
      void (async () => {
        const result = await validateDraft(await getXml(), formsRef.current, loadCalled);
        setProblems(result.problems);
        setChecking(false);
      })();
    }, 600);
  }, [getXml, loadCalled]);

  const changed = useCallback(() => {
    autosave.touch();
    runValidation();
  }, [autosave, runValidation]);
  const changedRef = useRef(changed);
  changedRef.current = changed;

  const motCua = useMemo<MotCuaConfig>(
    () => ({
      labels: Object.fromEntries(
        LABEL_KEYS.map((k) => [k, t(`props.${k}`)]),
      ) as MotCuaConfig["labels"],
      levels: org.levels,
      kinds: org.kinds,
      formIds: () => formsRef.current.map((f) => String(f.id)),
    }),
    [t, org],
  );

  useEffect(() => {
    if (!canvasEl.current || !panelEl.current) return;
    const modeler = createModeler(canvasEl.current, panelEl.current, motCua, locale);
    modelerRef.current = modeler;
    const untranslate = translateDom(
      canvasEl.current,
      simulationDictionary(locale),
      DIAGRAM_CONTENT,
    );
    const commandStack = modeler.get<{ canUndo(): boolean; canRedo(): boolean }>("commandStack");
    modeler.on("commandStack.changed", () => {
      setHistory({ canUndo: commandStack.canUndo(), canRedo: commandStack.canRedo() });
      changedRef.current();
    });
    void importModel(modeler, draft.bpmn)
      .then(({ warnings, laidOut }) => {
        if (laidOut) {
          setNotice({ tone: "info", text: t("editor.autoLayout") });
          changedRef.current();
        } else if (warnings > 0)
          setNotice({ tone: "info", text: t("editor.importWarnings", { count: warnings }) });
        modeler
          .get<{ zoom(v: string, center: string): void }>("canvas")
          .zoom("fit-viewport", "auto");
        setReady(true);
        runValidation();
      })
      .catch((e: unknown) => setNotice({ tone: "error", text: (e as Error).message }));
    return () => {
      untranslate();
      modeler.destroy();
      modelerRef.current = null;
    };
    // The modeler is created once per page; later drafts arrive through its own commands.
  }, []);

  useEffect(() => {
    if (tab !== "forms") modelerRef.current?.get<{ resized(): void }>("canvas").resized();
  }, [tab]);

  const registry = () => modelerRef.current?.get<Registry>("elementRegistry");

  function selectElement(id: string) {
    const m = modelerRef.current;
    const el = registry()?.get(id);
    if (!m || !el) return;
    setTab((current) => (current === "forms" ? "diagram" : current));
    m.get<{ select(e: unknown): void }>("selection").select(el);
    m.get<{ scrollToElement(e: unknown): void }>("canvas").scrollToElement(el);
    canvasEl.current?.querySelector<HTMLElement>(".djs-container")?.focus();
  }

  const usedBy = (formId: string) =>
    (registry()?.getAll() ?? [])
      .filter((e) => getExtensionAttr(e, "zeebe:FormDefinition", "formId") === formId)
      .map((e) => e.id);
  const taskIds = () =>
    (registry()?.getAll() ?? [])
      .filter((e) => is(e, "bpmn:UserTask") || is(e, "bpmn:ServiceTask"))
      .map((e) => e.id);

  function updateForms(next: FormSchema[]) {
    setForms(next);
    formsRef.current = next;
    changed();
  }

  async function importFiles(list: FileList | null) {
    const m = modelerRef.current;
    if (!m) return;
    let next = formsRef.current;
    try {
      for (const f of await readFiles(list)) {
        if (/\.(bpmn|xml)$/i.test(f.name)) {
          const { laidOut, warnings } = await importModel(m, f.text);
          keepProcessId(m, draft.id);
          setNotice({
            tone: "info",
            text: laidOut
              ? t("editor.autoLayout")
              : t("editor.importWarnings", { count: warnings }),
          });
        } else {
          const schema = JSON.parse(f.text) as FormSchema;
          if (typeof schema.id !== "string") throw new Error(`${f.name}: no form id`);
          next = [...next.filter((x) => x.id !== schema.id), schema];
        }
      }
      updateForms(next);
    } catch (e) {
      setNotice({ tone: "error", text: (e as Error).message });
    }
    if (fileEl.current) fileEl.current.value = "";
  }

  async function exportForms() {
    for (const f of formsRef.current)
      download(`${String(f.id)}.form`, JSON.stringify(f, null, 2), "application/json");
  }

  async function publish(note: string) {
    setNotice(null);
    setPublishing("busy");
    try {
      await publishChecked(note);
    } finally {
      setPublishing("closed");
    }
  }

  async function publishChecked(note: string) {
    const saved = await autosave.flush();
    if (!saved) return;
    const checked = await validateDraft(await getXml(), formsRef.current, loadCalled);
    setProblems(checked.problems);
    const errors = checked.problems.filter((p) => p.severity === "error").length;
    if (errors > 0)
      return setNotice({ tone: "error", text: t("publish.blocked", { count: errors }) });
    const result = await publishAction(draft.id, autosave.revision(), note);
    if (result.ok) {
      autosave.setRevision(result.value.revision);
      const published = {
        version: result.value.version,
        publishedAt: new Date().toISOString(),
        note: note || null,
      };
      setVersions((vs) => [published, ...vs]);
      setNotice({ tone: "info", text: t("publish.done", { version: result.value.version }) });
    } else {
      const why = result.details.length
        ? result.details.map((d) => (d.id ? `${d.id}: ${d.message}` : d.message)).join("; ")
        : result.message;
      setNotice({ tone: "error", text: t("publish.failed", { message: why }) });
    }
  }

  const tabs: { id: Tab; label: string }[] = [
    { id: "diagram", label: t("editor.tabDiagram") },
    { id: "forms", label: t("editor.tabForms") },
    { id: "try", label: t("editor.tabTry") },
    { id: "versions", label: t("editor.tabVersions") },
  ];
  const commandStack = () =>
    modelerRef.current?.get<{ undo(): void; redo(): void }>("commandStack");

  return (
    <div className="studio">
      <div className="studio-toolbar">
        <a href="/studio" className="link studio-toolbar__back">
          ← {t("editor.back")}
        </a>
        <h1 className="studio-toolbar__title" lang="vi">
          {draft.name} <code className="muted">{draft.id}</code>
        </h1>
        <SaveStatus state={autosave.state} onOverwrite={() => void autosave.overwrite()} />
        <div className="studio-row">
          <Button
            variant="secondary"
            onPress={() => commandStack()?.undo()}
            isDisabled={!history.canUndo}
            aria-keyshortcuts="Control+Z"
          >
            {t("editor.undo")}
          </Button>
          <Button
            variant="secondary"
            onPress={() => commandStack()?.redo()}
            isDisabled={!history.canRedo}
            aria-keyshortcuts="Control+Y"
          >
            {t("editor.redo")}
          </Button>
          <Button variant="secondary" onPress={() => void autosave.flush()}>
            {t("editor.saveNow")}
          </Button>
          <Button variant="secondary" onPress={() => fileEl.current?.click()}>
            {t("editor.import")}
          </Button>
          <input
            ref={fileEl}
            type="file"
            accept=".bpmn,.xml,.form,.json"
            multiple
            hidden
            aria-label={t("editor.import")}
            onChange={(e) => void importFiles(e.target.files)}
          />
          <Button
            variant="secondary"
            onPress={() =>
              void getXml().then((xml) => download(`${draft.id}.bpmn`, xml, "application/xml"))
            }
          >
            {t("editor.export")}
          </Button>
          <Button
            variant="secondary"
            onPress={() => void exportForms()}
            isDisabled={forms.length === 0}
          >
            {t("editor.exportForms")}
          </Button>
          <Button
            variant="secondary"
            onPress={() =>
              modelerRef.current?.get<{ toggleMode(): void }>("toggleMode").toggleMode()
            }
          >
            {t("editor.simulate")}
          </Button>
          <Button
            onPress={() => setPublishing("asking")}
            isDisabled={!ready || publishing !== "closed"}
            aria-haspopup="dialog"
          >
            {t("editor.publish")}
          </Button>
        </div>
      </div>
      {notice && (
        <p
          className={`studio-notice studio-notice--${notice.tone}`}
          role={notice.tone === "error" ? "alert" : "status"}
        >
          {notice.text}
        </p>
      )}
      <div role="tablist" aria-label={t("editor.tabs")} className="studio-tabs">
        {tabs.map((x) => (
          <button
            key={x.id}
            role="tab"
            type="button"
            id={`studio-tab-${x.id}`}
            aria-selected={tab === x.id}
            aria-controls="studio-tabpanel"
            tabIndex={tab === x.id ? 0 : -1}
            className="studio-tabs__tab"
            onClick={() => setTab(x.id)}
            onKeyDown={(e) => {
              const i = tabs.findIndex((y) => y.id === tab);
              const next =
                e.key === "ArrowRight"
                  ? (i + 1) % tabs.length
                  : e.key === "ArrowLeft"
                    ? (i + tabs.length - 1) % tabs.length
                    : -1;
              if (next >= 0) {
                setTab(tabs[next]!.id);
                document.getElementById(`studio-tab-${tabs[next]!.id}`)?.focus();
              }
            }}
          >
            {x.label}
          </button>
        ))}
      </div>
      <div
        id="studio-tabpanel"
        role="tabpanel"
        aria-labelledby={`studio-tab-${tab}`}
        className="studio-main"
      >
        <div
          className="studio-canvas"
          ref={canvasEl}
          hidden={tab === "forms"}
          aria-label={t("editor.canvasLabel")}
          role="application"
        />
        <aside className="studio-side" hidden={tab === "forms"}>
          <div
            ref={panelEl}
            className="studio-properties"
            hidden={tab !== "diagram"}
            aria-label={t("editor.propertiesLabel")}
            role="region"
          />
          {tab === "try" && ready && (
            <TryItPanel
              draftId={draft.id}
              org={org}
              forms={forms}
              taskIds={taskIds}
              getXml={getXml}
              loadCalled={loadCalled}
              onPath={(visited, open) => {
                const m = modelerRef.current;
                if (!m) return;
                clearMarkers(m);
                markPath(m, visited);
                mark(m, open, "studio-open");
              }}
            />
          )}
          {tab === "versions" && ready && (
            <VersionsPanel
              draftId={draft.id}
              versions={versions}
              modeler={() => modelerRef.current}
              onError={(text) => setNotice({ tone: "error", text })}
            />
          )}
        </aside>
        {tab === "forms" && <FormsWorkspace forms={forms} usedBy={usedBy} onChange={updateForms} />}
      </div>
      <ProblemsPanel problems={problems} checking={checking} onSelect={selectElement} />
      <PublishDialog
        key={versions.length}
        open={publishing !== "closed"}
        busy={publishing === "busy"}
        onPublish={(note) => void publish(note)}
        onClose={() => setPublishing((p) => (p === "busy" ? p : "closed"))}
      />
    </div>
  );
}
