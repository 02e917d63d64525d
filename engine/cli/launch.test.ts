import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const launch = (args: string[]) =>
  new Promise<{ code: number; out: unknown }>((resolve) => {
    execFile(
      "node",
      [join(root, "engine/cli/launch.mjs"), ...args],
      { cwd: root },
      (err, stdout) => {
        resolve({
          code: err ? ((err as { code?: number }).code ?? 1) : 0,
          out: JSON.parse(stdout),
        });
      },
    );
  });

describe("npm run engine (the launcher)", () => {
  it("validates a shipped model and runs a scenario from the cached bundle", async () => {
    const bpmn = "workflows/dang-ky-khai-sinh/dang-ky-khai-sinh.bpmn";
    const v = await launch(["validate", bpmn]);
    expect(v).toEqual({ code: 0, out: { ok: true, problems: [] } });
    const r = await launch([
      "run",
      bpmn,
      "--scenario",
      "workflows/dang-ky-khai-sinh/scenarios/happy-path.json",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatchObject({
      status: "completed",
      endEvent: "End_Issued",
      dueDate: "2026-03-02",
    });
  });

  it("answers bad arguments with JSON and exit 2", async () => {
    const r = await launch(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatchObject({ ok: false });
  });
});
