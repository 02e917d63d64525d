/**
 * Replays every `workflows/<procedure>/scenarios/*.json` through the engine's
 * command line (DESIGN.md §6) and checks the outcome against the scenario's
 * hand-written `expect` block — an independent check of the engine: the
 * expectations were computed from DOMAIN.md/DESIGN.md, not from a run.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, WORKFLOWS } from "./run-cli";

interface ExpectedTask {
  element: string;
  tier: string;
  unit: string;
  roles: string[];
}
interface Expect {
  status: "active" | "completed" | "terminated" | "rejected" | "incident";
  endEvent?: string;
  dueDate?: string;
  openTasks?: ExpectedTask[];
  history?: string[];
  variables?: Record<string, unknown>;
  errors?: { step: number }[];
}
interface Outcome {
  status: string;
  endEvent?: string | null;
  dueDate?: string | null;
  history?: { element: string; type: string }[];
  openTasks?: { element: string; tier?: string; unit?: string | null; roles?: string[] }[];
  variables?: Record<string, unknown>;
  errors?: { step: number | null; message?: string }[];
}

/** Activities per DESIGN.md §6: `history` may also hold events and gateways, which the checks skip. */
const isActivity = (type: string) =>
  /Task$/.test(type) || type === "subProcess" || type === "callActivity";

function scenarioFiles(): { procedure: string; bpmn: string; file: string }[] {
  const out: { procedure: string; bpmn: string; file: string }[] = [];
  for (const procedure of readdirSync(WORKFLOWS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const dir = join(WORKFLOWS, procedure, "scenarios");
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      out.push({
        procedure,
        bpmn: join(WORKFLOWS, procedure, `${procedure}.bpmn`),
        file: join(dir, name),
      });
    }
  }
  return out;
}

const normTask = (t: { element: string; tier?: string; unit?: string | null; roles?: string[] }) =>
  JSON.stringify({
    element: t.element,
    tier: t.tier ?? null,
    unit: t.unit ?? null,
    roles: [...(t.roles ?? [])].sort(),
  });

/** The exit code DESIGN.md §6 implies for this expectation. */
function expectedExitCodes(e: Expect): number[] {
  if (e.status === "rejected") return [0, 1]; // the contract does not say whether a rejected start is a refused step
  if (e.errors && e.errors.length > 0) return [1];
  return [0];
}

describe("workflow scenarios", () => {
  it("finds the shipped scenarios", () => {
    expect(scenarioFiles().length).toBeGreaterThanOrEqual(25);
  });

  for (const { procedure, bpmn, file } of scenarioFiles()) {
    const label = relative(WORKFLOWS, file);
    it.concurrent(label, async () => {
      const scenario = JSON.parse(readFileSync(file, "utf8")) as { expect: Expect };
      const want = scenario.expect;
      const { code, stdout, stderr } = await runCli(["run", bpmn, "--scenario", file]);
      let got: Outcome;
      try {
        got = JSON.parse(stdout) as Outcome;
      } catch {
        throw new Error(
          `${procedure}: engine printed no JSON (exit ${code}): ${stderr.slice(0, 2000)}`,
        );
      }
      const ctx = `${label}\n${JSON.stringify(got, null, 2).slice(0, 4000)}`;

      expect(expectedExitCodes(want), `exit code ${code}: ${ctx}`).toContain(code);
      expect(got.status, ctx).toBe(want.status);
      if (want.endEvent !== undefined) expect(got.endEvent, ctx).toBe(want.endEvent);
      if (want.dueDate !== undefined) expect(got.dueDate, ctx).toBe(want.dueDate);
      if (want.openTasks !== undefined) {
        expect((got.openTasks ?? []).map(normTask).sort(), ctx).toEqual(
          want.openTasks.map(normTask).sort(),
        );
      }
      if (want.history !== undefined) {
        const activities = (got.history ?? [])
          .filter((h) => isActivity(h.type))
          .map((h) => h.element);
        expect(activities, ctx).toEqual(want.history);
      }
      if (want.variables !== undefined)
        expect(got.variables ?? {}, ctx).toMatchObject(want.variables);
      if (want.errors !== undefined) {
        expect(
          (got.errors ?? []).map((e) => e.step),
          ctx,
        ).toEqual(want.errors.map((e) => e.step));
      } else if (want.status !== "rejected") {
        expect(got.errors ?? [], ctx).toEqual([]);
      }
      if (want.status === "rejected") expect((got.errors ?? []).length, ctx).toBeGreaterThan(0);
    });
  }
});
