import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromHanoiLocal, parseScenarioFile, scenarioFileText, toHanoiLocal } from "./scenario-file";

const org = {
  levels: ["district", "commune"],
  units: [
    { code: "HN-BD", name: "Quận Ba Đình", level: "district" },
    { code: "HN-BD-PX", name: "Phường Phúc Xá", level: "commune", parent: "HN-BD" },
  ],
};
const good = {
  org,
  jurisdiction: "HN-BD-PX",
  submittedAt: "2026-03-02T09:00:00+07:00",
  data: { hoTen: "Nguyễn Văn A" },
  steps: [{ complete: "Task_Review", data: { decision: "approve" } }, { wait: "P3D" }],
};

describe("parseScenarioFile", () => {
  it("given a shipped workflow's scenario, then it is read as is", () => {
    const file = path.join(
      import.meta.dirname,
      "../../../workflows/dang-ky-khai-sinh/scenarios/happy-path.json",
    );
    const result = parseScenarioFile(readFileSync(file, "utf8"));
    expect(result.ok).toBe(true);
  });

  it.each([
    ["not JSON", "{ steps: [", [{ kind: "json" }]],
    ["an array", "[]", [{ kind: "notObject" }]],
    [
      "no jurisdiction, a date without time and an empty org",
      JSON.stringify({
        ...good,
        org: { levels: [], units: [] },
        jurisdiction: undefined,
        submittedAt: "2026-03-02",
      }),
      [
        { kind: "empty", path: "org.levels" },
        { kind: "missing", path: "jurisdiction" },
        { kind: "datetime", path: "submittedAt" },
      ],
    ],
    [
      "a step of no known shape and a wait that is no duration",
      JSON.stringify({ ...good, steps: [{ wait: "3 days" }, { finish: "Task_Review" }] }),
      [
        { kind: "duration", path: "steps[0].wait" },
        { kind: "step", path: "steps[1]" },
      ],
    ],
    [
      "data that is a list",
      JSON.stringify({ ...good, data: ["a"] }),
      [{ kind: "type", path: "data", expected: "record" }],
    ],
    [
      "a jurisdiction that is not among the file's units",
      JSON.stringify({ ...good, jurisdiction: "HN-XX" }),
      [{ kind: "unknownUnit", path: "jurisdiction", code: "HN-XX" }],
    ],
  ])("given %s, then each problem is named where it is", (_, text, issues) => {
    const result = parseScenarioFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toMatchObject(issues);
  });
});

describe("scenario file round trip", () => {
  it("given a loaded file with extra keys, when written back, then they are kept after the §6 keys", () => {
    const result = parseScenarioFile(
      JSON.stringify({ _comment: "why", ...good, expect: { status: "completed" } }),
    );
    if (!result.ok) throw new Error("expected a valid file");
    const text = scenarioFileText(result.scenario);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      "org",
      "jurisdiction",
      "submittedAt",
      "data",
      "steps",
      "_comment",
      "expect",
    ]);
    expect(parseScenarioFile(text)).toEqual(result);
  });

  it("given an instant in another offset, then the datetime-local value is Hanoi's wall clock", () => {
    expect(toHanoiLocal("2026-03-06T08:30:00Z")).toBe("2026-03-06T15:30");
    expect(toHanoiLocal("2026-03-06T15:30:05+07:00")).toBe("2026-03-06T15:30:05");
    expect(fromHanoiLocal("2026-03-06T15:30")).toBe("2026-03-06T15:30:00+07:00");
  });
});
