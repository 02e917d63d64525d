import { z } from "zod";
import { parseIsoDuration } from "../calendar";

/** The scenario file of DESIGN.md §6; `expect` (and `_comment`) are our extensions, ignored by the runner. */
const Unit = z.object({
  code: z.string().min(1),
  name: z.string(),
  level: z.string().min(1),
  kind: z.string().optional(),
  parent: z.string().optional(),
});

const Data = z.record(z.string(), z.unknown());

const Duration = z.string().refine(
  (text) => {
    try {
      parseIsoDuration(text);
      return true;
    } catch {
      return false;
    }
  },
  { message: "not an ISO 8601 duration such as P3D or PT4H" },
);

const STEP_SHAPES =
  'a step is {"complete": "<element id>", "data"?: {…}}, {"wait": "<ISO duration>"} or {"message": "<name>", "data"?: {…}}';

export const ScenarioStep = z.union(
  [
    z
      .object({ complete: z.string().min(1), data: Data.optional(), by: z.string().optional() })
      .strict(),
    z.object({ wait: Duration }).strict(),
    z.object({ message: z.string().min(1), data: Data.optional() }).strict(),
  ],
  { error: (issue) => (issue.code === "invalid_union" ? STEP_SHAPES : undefined) },
);
export type ScenarioStep = z.infer<typeof ScenarioStep>;

export const Scenario = z
  .object({
    org: z.object({ levels: z.array(z.string().min(1)).min(1), units: z.array(Unit) }),
    jurisdiction: z.string().min(1),
    submittedAt: z.iso.datetime({ offset: true }),
    data: Data.default({}),
    steps: z.array(ScenarioStep).default([]),
    calendar: z
      .object({
        daysOff: z.array(z.iso.date()).optional(),
        workingDays: z.array(z.iso.date()).optional(),
      })
      .optional(),
  })
  .passthrough();
export type Scenario = z.infer<typeof Scenario>;

/** Zod issues as `path: message` sentences. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map(
    (i) => `${i.path.length ? i.path.join(".") : "(scenario)"}: ${i.message}`,
  );
}
