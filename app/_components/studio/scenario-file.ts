/**
 * Try it's scenario files (DESIGN.md §6 format): reading one a designer
 * picked from disk, with every problem named by where it is in the file,
 * and writing the scenario on screen back out. Pure, so it is unit-tested.
 */
import type { z } from "zod";
import { Scenario } from "@/engine/run/scenario-schema";

/** What is wrong with a file, as a message key of `studio.tryIt.fileIssue` and its values. */
export type ScenarioFileIssue =
  | { kind: "json"; message: string }
  | { kind: "notObject" }
  | { kind: "missing" | "empty" | "datetime" | "date" | "duration" | "step"; path: string }
  | { kind: "type"; path: string; expected: string }
  | { kind: "unknownUnit"; path: string; code: string }
  | { kind: "other"; path: string; message: string };

export type ScenarioFileResult =
  { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioFileIssue[] };

/** `["steps", 2, "wait"]` → `steps[2].wait`, as JSON tools show it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === "number" ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    "",
  );
}

function fromZod(issue: z.core.$ZodIssue): ScenarioFileIssue {
  const path = formatPath(issue.path) || "(scenario)";
  switch (issue.code) {
    case "invalid_type":
      // zod names the missing case only in its message (inputs are not reported by default).
      return /received undefined$/.test(issue.message)
        ? { kind: "missing", path }
        : { kind: "type", path, expected: issue.expected };
    case "too_small":
      return { kind: "empty", path };
    case "invalid_union":
      return { kind: "step", path };
    case "invalid_format":
      return issue.format === "date" ? { kind: "date", path } : { kind: "datetime", path };
    case "custom":
      return path.includes(".wait") || path.endsWith("wait")
        ? { kind: "duration", path }
        : { kind: "other", path, message: issue.message };
    default:
      return { kind: "other", path, message: issue.message };
  }
}

/** Parses and checks a scenario file's text: the §6 schema, then that the jurisdiction is one of its units. */
export function parseScenarioFile(text: string): ScenarioFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ kind: "json", message: (e as Error).message }] };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, issues: [{ kind: "notObject" }] };
  const parsed = Scenario.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(fromZod) };
  const scenario = parsed.data;
  if (!scenario.org.units.some((u) => u.code === scenario.jurisdiction))
    return {
      ok: false,
      issues: [{ kind: "unknownUnit", path: "jurisdiction", code: scenario.jurisdiction }],
    };
  return { ok: true, scenario };
}

/** An instant with an offset → the Hanoi wall-clock time a `datetime-local` input shows. */
export function toHanoiLocal(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return local.endsWith(":00.000Z") ? local.slice(0, 16) : local.slice(0, 19);
}

/** A `datetime-local` value read as Hanoi time → ISO 8601 with the +07:00 offset. */
export function fromHanoiLocal(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+07:00`;
}

/** The scenario as a file: §6 keys first, then whatever else the loaded file carried (`_comment`, `expect`, …). */
export function scenarioFileText(scenario: Scenario): string {
  const { org, jurisdiction, submittedAt, data, steps, ...rest } = scenario;
  return `${JSON.stringify({ org, jurisdiction, submittedAt, data, steps, ...rest }, null, 2)}\n`;
}
