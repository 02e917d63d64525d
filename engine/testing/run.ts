import type { FormSchema } from "../model/types";
import { runScenario, type RunResult } from "../run/scenario";
import { Scenario } from "../run/scenario-schema";
import { ORG, procXml } from "./bpmn";
import { compileXml } from "./compile-xml";

export interface RunOptions {
  props?: Record<string, string | number>;
  data?: Record<string, unknown>;
  submittedAt?: string;
  forms?: FormSchema[];
  others?: string[];
  org?: unknown;
  jurisdiction?: string;
  calendar?: { daysOff?: string[]; workingDays?: string[] };
}

/** Compiles process elements written with ./bpmn helpers and runs the steps; Monday 2 March 2026 09:00 by default. */
export async function run(inner: string, steps: unknown[], o: RunOptions = {}): Promise<RunResult> {
  const proc = await compileXml(
    procXml(inner, o.props ?? { sla: 3 }),
    o.forms ?? [],
    o.others ?? [],
  );
  return runScenario(
    proc,
    Scenario.parse({
      org: o.org ?? ORG,
      jurisdiction: o.jurisdiction ?? "HN-BD-PX",
      submittedAt: o.submittedAt ?? "2026-03-02T09:00:00+07:00",
      data: o.data ?? {},
      steps,
      ...(o.calendar ? { calendar: o.calendar } : {}),
    }),
  );
}

/** Element ids of completed activities, in order. */
export const activities = (r: RunResult): string[] =>
  r.outcome.history
    .filter((h) => /Task$|subProcess|callActivity/.test(h.type))
    .map((h) => h.element);

export const open = (r: RunResult): string[] => r.outcome.openTasks.map((t) => t.element).sort();
