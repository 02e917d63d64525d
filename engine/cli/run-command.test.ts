/** `engine run` as a black box: exit codes and answers for good and bad input (DESIGN.md §6). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chain, ORG, procXml, userTask } from "../testing/bpmn";
import { runScenarioCommand } from "./run-command";

const dir = mkdtempSync(join(tmpdir(), "engine-run-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const form = {
  id: "Form_Start",
  type: "default",
  components: [
    { type: "textfield", id: "f1", key: "hoTen", label: "Họ tên", validate: { required: true } },
  ],
};
write("start.form", JSON.stringify(form));
const model = write(
  "p.bpmn",
  procXml(
    `<bpmn:startEvent id="S"><bpmn:extensionElements><zeebe:formDefinition formId="Form_Start"/></bpmn:extensionElements></bpmn:startEvent>${userTask("A")}<bpmn:endEvent id="E"/>${chain("f", "S", "A", "E")}`,
  ),
);
const scenario = (o: Record<string, unknown>) =>
  write(
    `s-${Math.random().toString(36).slice(2)}.json`,
    JSON.stringify({
      org: ORG,
      jurisdiction: "HN-BD-PX",
      submittedAt: "2026-03-02T09:00:00+07:00",
      data: { hoTen: "Nguyễn Văn A" },
      steps: [],
      ...o,
    }),
  );

describe("engine run", () => {
  it("exit 0 and the outcome when every step applies", async () => {
    const r = await runScenarioCommand([
      model,
      "--scenario",
      scenario({ steps: [{ complete: "A" }] }),
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.output).toMatchObject({ status: "completed", endEvent: "E", errors: [] });
  });

  it("exit 1 with the refused step's index and why", async () => {
    const r = await runScenarioCommand([
      model,
      "--scenario",
      scenario({ steps: [{ complete: "A" }, { complete: "A" }, { message: "nobody-waits" }] }),
    ]);
    expect(r.exitCode).toBe(1);
    expect((r.output as { errors: { step: number }[] }).errors.map((e) => e.step)).toEqual([1, 2]);
  });

  it("exit 1 and status rejected, naming the field, when the start data fails its form", async () => {
    const r = await runScenarioCommand([model, "--scenario", scenario({ data: {} })]);
    expect(r.exitCode).toBe(1);
    expect(r.output).toMatchObject({ status: "rejected", errors: [{ field: "hoTen" }] });
  });

  it.each([
    ["a bad duration", { steps: [{ wait: "P3X" }] }, /steps\.0\.wait: not an ISO 8601 duration/],
    ["an unknown step", { steps: [{ jump: "A" }] }, /steps\.0: a step is/],
    ["a bad submission time", { submittedAt: "yesterday" }, /submittedAt/],
  ])("exit 2 for %s, naming it", async (_name, o, message) => {
    const r = await runScenarioCommand([model, "--scenario", scenario(o)]);
    expect(r.exitCode).toBe(2);
    expect(JSON.stringify(r.output)).toMatch(message);
  });

  it("exit 2 for a missing scenario file, a missing model and missing arguments", async () => {
    expect((await runScenarioCommand([model, "--scenario", join(dir, "nope.json")])).exitCode).toBe(
      2,
    );
    expect(
      (await runScenarioCommand([join(dir, "nope.bpmn"), "--scenario", scenario({})])).exitCode,
    ).toBe(2);
    expect((await runScenarioCommand([model])).exitCode).toBe(2);
  });

  it("exit 2 for a model that does not validate, naming the element", async () => {
    const broken = write(
      "broken.bpmn",
      procXml(
        `<bpmn:startEvent id="S"/><bpmn:scriptTask id="Script"/><bpmn:endEvent id="E"/>${chain("f", "S", "Script", "E")}`,
      ),
    );
    const r = await runScenarioCommand([broken, "--scenario", scenario({})]);
    expect(r.exitCode).toBe(2);
    expect(JSON.stringify(r.output)).toMatch(/Script/);
  });
});
