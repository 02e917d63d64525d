import { describe, expect, it } from "vitest";
import { parseBpmn } from "../bpmn/parse";
import { chain, procXml, userTask } from "../testing/bpmn";
import { metaOf } from ".";

async function meta(inner: string, props: Record<string, string | number>) {
  const { definitions } = await parseBpmn(procXml(inner, props));
  return metaOf(definitions!.processes[0]!);
}

describe("metaOf", () => {
  it("reads the process properties; a fee left out is unknown (null), 0 is free", async () => {
    const inner = `<bpmn:startEvent id="S"/>${userTask("A", "district")}<bpmn:endEvent id="E"/>${chain("f", "S", "A", "E")}`;
    expect(await meta(inner, { code: " 1.001193 ", level: 4, sla: 3 })).toEqual({
      processId: "P",
      name: "Test P",
      code: "1.001193",
      level: 4,
      sla: 3,
      fee: null,
      startFormId: null,
      tier: "district",
    });
    expect((await meta(inner, { fee: 0 })).fee).toBe(0);
  });

  it("takes the tier of the first user task reached, looking inside subprocesses", async () => {
    const inner = `<bpmn:startEvent id="S"/><bpmn:subProcess id="Sub"><bpmn:startEvent id="SS"/>${userTask("Inner", "commune")}<bpmn:endEvent id="SE"/>${chain("s", "SS", "Inner", "SE")}</bpmn:subProcess>${userTask("After", "city")}<bpmn:endEvent id="E"/>${chain("f", "S", "Sub", "After", "E")}`;
    expect((await meta(inner, {})).tier).toBe("commune");
  });

  it("prefers the process tier property", async () => {
    const inner = `<bpmn:startEvent id="S"/>${userTask("A", "commune")}<bpmn:endEvent id="E"/>${chain("f", "S", "A", "E")}`;
    expect((await meta(inner, { tier: "district" })).tier).toBe("district");
  });
});
