import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validate } from "./index";

const DIR = join(__dirname, "fixtures/public");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".bpmn"));

/** What each third-party model must at least be told (they are not Camunda 8 procedures). */
const EXPECTED: Record<string, string[]> = {
  "boundary-events.bpmn": ["unsupported-element", "start-missing"],
  "conditions.bpmn": ["start-missing", "condition-ignored", "feel-syntax"],
  "event-sub-processes.bpmn": ["event-subprocess-start", "subprocess-start"],
  "duplicate-ids.bpmn": ["xml-element-dropped"],
  "empty-definitions.bpmn": ["no-process"],
  "collaboration-process.bpmn": ["unsupported-element"],
  "miwg-A.1.1.bpmn": [
    "user-task-tier-missing",
    "user-task-roles-missing",
    "service-task-type-missing",
  ],
};

describe("validate on public BPMN files", () => {
  it("has an expectation for every fixture", () => {
    expect(FILES.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(FILES)("%s: a clear verdict, never a throw", async (file) => {
    const result = await validate(readFileSync(join(DIR, file), "utf8"), {});
    expect(result.ok).toBe(false);
    const codes = new Set(result.problems.map((p) => p.code));
    for (const code of EXPECTED[file] ?? []) expect([...codes]).toContain(code);
    for (const p of result.problems) {
      expect(["error", "warning"]).toContain(p.severity);
      expect(p.message).not.toMatch(/undefined|\[object/);
    }
  });
});
