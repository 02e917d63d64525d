"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { parseBpmn } from "@/engine/bpmn/parse";
import { compile } from "@/engine/compile";
import type { Definitions, FormSchema } from "@/engine/model/types";
import type { Outcome } from "@/engine/run/outcome";
import { runScenario } from "@/engine/run/scenario";
import { describeIssues, Scenario } from "@/engine/run/scenario-schema";
import { formsWith, processModels, type CalledSource } from "./called-processes";
import { download } from "./files";
import {
  fromHanoiLocal,
  parseScenarioFile,
  scenarioFileText,
  toHanoiLocal,
  type ScenarioFileIssue,
} from "./scenario-file";
import type { StudioOrg } from "./types";

type StepKind = "complete" | "wait" | "message";
interface StepRow {
  key: number;
  kind: StepKind;
  value: string;
  data: string;
  /** `complete … by`: kept from a loaded file, not edited here. */
  by?: string;
}
type Org = Scenario["org"];

let nextKey = 1;

const JSON_TYPES = ["object", "record", "array", "string", "number", "boolean"] as const;
const isJsonType = (x: string): x is (typeof JSON_TYPES)[number] =>
  (JSON_TYPES as readonly string[]).includes(x);

function nowLocal(): string {
  // The administrations' clock (UTC+7), as a datetime-local value.
  const d = new Date(Date.now() + 7 * 3600_000);
  return d.toISOString().slice(0, 16);
}

/**
 * Try it: start data and steps → the engine's `runScenario`, in the browser
 * (pure, no server). Pass/fail, the outcome, and the path on the diagram.
 */
export function TryItPanel({
  draftId,
  org,
  forms,
  taskIds,
  getXml,
  loadCalled,
  onPath,
}: {
  draftId: string;
  org: StudioOrg;
  forms: FormSchema[];
  taskIds: () => string[];
  getXml: () => Promise<string>;
  /** The published procedures call activities call, as publish finds them. */
  loadCalled: (definitions: Definitions) => Promise<CalledSource[]>;
  onPath: (visited: Set<string>, open: Set<string>) => void;
}) {
  const t = useTranslations("studio.tryIt");
  const uid = useId();
  const fileEl = useRef<HTMLInputElement>(null);
  const lowest = org.levels.at(-1);
  const [jurisdiction, setJurisdiction] = useState(
    org.units.find((u) => u.level === lowest)?.code ?? org.units[0]?.code ?? "",
  );
  // A loaded file runs with its own organisation (the scenario is self-contained, DESIGN.md §6).
  const [fileOrg, setFileOrg] = useState<{ name: string; org: Org } | null>(null);
  const activeOrg: Org = fileOrg?.org ?? { levels: org.levels, units: org.units };
  // What else a loaded file carried (calendar, expect, _comment…): run with it and saved back.
  const [extras, setExtras] = useState<Record<string, unknown>>({});
  const [fileNotice, setFileNotice] = useState<
    { tone: "info"; text: string } | { tone: "error"; text: string; issues: string[] } | null
  >(null);
  const [submittedAt, setSubmittedAt] = useState(nowLocal);
  const [data, setData] = useState("{}");
  const [steps, setSteps] = useState<StepRow[]>(() =>
    taskIds().map((id) => ({ key: nextKey++, kind: "complete", value: id, data: "{}" })),
  );
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const resultEl = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome || failure) resultEl.current?.scrollIntoView({ block: "nearest" });
  }, [outcome, failure]);

  const update = (key: number, patch: Partial<StepRow>) =>
    setSteps((s) => s.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = (kind: StepKind) =>
    setSteps((s) => [
      ...s,
      { key: nextKey++, kind, value: kind === "wait" ? "P1D" : "", data: "{}" },
    ]);

  const json = (text: string) => {
    try {
      return JSON.parse(text || "{}") as unknown;
    } catch (e) {
      throw new Error(t("badJson", { message: (e as Error).message }), { cause: e });
    }
  };

  /** The scenario on screen, in the §6 shape (throws on JSON that does not parse). */
  function current(): unknown {
    return {
      ...extras,
      org: activeOrg,
      jurisdiction,
      submittedAt: fromHanoiLocal(submittedAt),
      data: json(data),
      steps: steps.map((s) =>
        s.kind === "wait"
          ? { wait: s.value }
          : s.kind === "complete"
            ? { complete: s.value, data: json(s.data), ...(s.by ? { by: s.by } : {}) }
            : { message: s.value, data: json(s.data) },
      ),
    };
  }

  const issueText = (i: ScenarioFileIssue) =>
    i.kind === "json" || i.kind === "notObject"
      ? t(`fileIssue.${i.kind}`, i.kind === "json" ? { message: i.message } : {})
      : i.kind === "type"
        ? t("fileIssue.type", {
            path: i.path,
            expected: isJsonType(i.expected) ? t(`jsonType.${i.expected}`) : i.expected,
          })
        : t(`fileIssue.${i.kind}`, { ...i });

  async function load(list: FileList | null) {
    const file = list?.[0];
    if (fileEl.current) fileEl.current.value = "";
    if (!file) return;
    const result = parseScenarioFile(await file.text());
    if (!result.ok) {
      setFileNotice({
        tone: "error",
        text: t("loadFailed", { name: file.name, count: result.issues.length }),
        issues: result.issues.map(issueText),
      });
      return;
    }
    const {
      org: o,
      jurisdiction: j,
      submittedAt: at,
      data: d,
      steps: st,
      ...rest
    } = result.scenario;
    setFileOrg({ name: file.name, org: o });
    setJurisdiction(j);
    setSubmittedAt(toHanoiLocal(at));
    setData(JSON.stringify(d, null, 2));
    setSteps(
      st.map((x) =>
        "wait" in x
          ? { key: nextKey++, kind: "wait", value: x.wait, data: "{}" }
          : "complete" in x
            ? {
                key: nextKey++,
                kind: "complete",
                value: x.complete,
                data: JSON.stringify(x.data ?? {}),
                by: x.by,
              }
            : {
                key: nextKey++,
                kind: "message",
                value: x.message,
                data: JSON.stringify(x.data ?? {}),
              },
      ),
    );
    setExtras(rest);
    setOutcome(null);
    setFailure(null);
    onPath(new Set(), new Set());
    const known = new Set(taskIds());
    const strangers = st.flatMap((x) =>
      "complete" in x && !known.has(x.complete) ? [x.complete] : [],
    );
    setFileNotice({
      tone: "info",
      text: [
        t("loaded", { name: file.name, steps: st.length }),
        ...(strangers.length ? [t("unknownTasks", { ids: strangers.join(", ") })] : []),
      ].join(" "),
    });
  }

  function save() {
    try {
      const scenario = Scenario.safeParse(current());
      if (!scenario.success) throw new Error(describeIssues(scenario.error).join("; "));
      download(`${draftId}.scenario.json`, scenarioFileText(scenario.data), "application/json");
      setFileNotice(null);
    } catch (e) {
      setFileNotice({ tone: "error", text: t("saveFailed"), issues: [(e as Error).message] });
    }
  }

  async function run() {
    setRunning(true);
    setFailure(null);
    setOutcome(null);
    try {
      const scenario = Scenario.safeParse(current());
      if (!scenario.success) throw new Error(describeIssues(scenario.error).join("; "));
      const parsed = await parseBpmn(await getXml());
      if (!parsed.definitions) throw new Error(parsed.problems.map((p) => p.message).join("; "));
      const called = await loadCalled(parsed.definitions);
      const proc = compile(parsed.definitions, {
        forms: formsWith(called, forms),
        processes: processModels(called),
        processId: draftId,
      });
      const { outcome: result } = runScenario(proc, scenario.data);
      setOutcome(result);
      onPath(
        new Set(result.history.map((h) => h.element)),
        new Set(result.openTasks.map((o) => o.element)),
      );
    } catch (e) {
      setFailure(t("cannotRun", { message: (e as Error).message }));
    } finally {
      setRunning(false);
    }
  }

  const passed =
    outcome !== null &&
    outcome.errors.length === 0 &&
    outcome.status !== "rejected" &&
    outcome.status !== "incident";
  return (
    <section className="studio-side__section stack-sm" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      <div className="studio-row">
        <Button variant="secondary" onPress={() => fileEl.current?.click()}>
          {t("loadScenario")}
        </Button>
        <input
          ref={fileEl}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t("loadScenario")}
          onChange={(e) => void load(e.target.files)}
        />
        <Button variant="secondary" onPress={save}>
          {t("saveScenario")}
        </Button>
      </div>
      {fileNotice && (
        <div
          className={`studio-notice studio-notice--${fileNotice.tone}`}
          role={fileNotice.tone === "error" ? "alert" : "status"}
        >
          <p>{fileNotice.text}</p>
          {fileNotice.tone === "error" && (
            <ul className="studio-result__list">
              {fileNotice.issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {fileOrg && (
        <p className="muted">
          {t("fileOrg", { name: fileOrg.name, count: fileOrg.org.units.length })}{" "}
          <button
            type="button"
            className="studio-link-button"
            onClick={() => {
              setFileOrg(null);
              if (!org.units.some((u) => u.code === jurisdiction))
                setJurisdiction(org.units.find((u) => u.level === lowest)?.code ?? "");
            }}
          >
            {t("useLiveOrg")}
          </button>
        </p>
      )}
      <datalist id={`${uid}-tasks`}>
        {taskIds().map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <label className="field">
        <span>{t("jurisdiction")}</span>
        <select value={jurisdiction} onChange={(e) => setJurisdiction(e.target.value)}>
          {activeOrg.units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.code} — {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("submittedAt")}</span>
        <input
          type="datetime-local"
          step={submittedAt.length > 16 ? 1 : undefined}
          value={submittedAt}
          onChange={(e) => setSubmittedAt(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t("data")}</span>
        <textarea
          rows={4}
          value={data}
          onChange={(e) => setData(e.target.value)}
          spellCheck={false}
          className="code"
        />
      </label>
      <fieldset className="studio-steps">
        <legend>{t("steps")}</legend>
        <ol>
          {steps.map((s, i) => (
            <li key={s.key} className="studio-step">
              <label className="field">
                <span>
                  {s.kind === "complete"
                    ? t("stepComplete")
                    : s.kind === "wait"
                      ? t("stepWait")
                      : t("stepMessage")}
                </span>
                <input
                  value={s.value}
                  list={s.kind === "complete" ? `${uid}-tasks` : undefined}
                  onChange={(e) => update(s.key, { value: e.target.value })}
                />
              </label>
              {s.kind !== "wait" && (
                <label className="field">
                  <span>{t("stepData")}</span>
                  <input
                    className="code"
                    value={s.data}
                    onChange={(e) => update(s.key, { data: e.target.value })}
                    spellCheck={false}
                  />
                </label>
              )}
              <button
                type="button"
                className="studio-link-button"
                onClick={() => setSteps((all) => all.filter((r) => r.key !== s.key))}
              >
                {t("removeStep", { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <div className="studio-row">
          <Button variant="secondary" onPress={() => add("complete")}>
            {t("addComplete")}
          </Button>
          <Button variant="secondary" onPress={() => add("wait")}>
            {t("addWait")}
          </Button>
          <Button variant="secondary" onPress={() => add("message")}>
            {t("addMessage")}
          </Button>
        </div>
      </fieldset>
      <div className="studio-row">
        <Button onPress={() => void run()} isDisabled={running}>
          {running ? t("running") : t("run")}
        </Button>
        <Button
          variant="quiet"
          onPress={() => {
            setOutcome(null);
            onPath(new Set(), new Set());
          }}
        >
          {t("clear")}
        </Button>
      </div>
      <div role="status" aria-live="polite" ref={resultEl}>
        {failure && <p className="studio-result studio-result--fail">{failure}</p>}
        {outcome && (
          <div className={`studio-result studio-result--${passed ? "pass" : "fail"}`}>
            <p className="studio-result__verdict">{passed ? t("pass") : t("fail")}</p>
            <p>{t("status", { status: outcome.status })}</p>
            {outcome.endEvent && <p>{t("endEvent", { id: outcome.endEvent })}</p>}
            {outcome.dueDate && <p>{t("dueDate", { date: outcome.dueDate })}</p>}
            <h3>{t("history")}</h3>
            <ol className="studio-result__list">
              {outcome.history.map((h, i) => (
                <li key={i}>
                  <code>{h.element}</code> {h.unit ? `· ${h.unit}` : ""}
                </li>
              ))}
            </ol>
            {outcome.openTasks.length > 0 && (
              <>
                <h3>{t("openTasks")}</h3>
                <ul className="studio-result__list">
                  {outcome.openTasks.map((o) => (
                    <li key={o.id}>
                      <code>{o.element}</code> · {o.unit ?? "—"} · {o.roles.join(", ")}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {outcome.errors.length > 0 && (
              <>
                <h3>{t("errors")}</h3>
                <ul className="studio-result__list">
                  {outcome.errors.map((e, i) => (
                    <li key={i}>
                      {e.step !== null ? `#${e.step + 1}: ` : ""}
                      {e.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
