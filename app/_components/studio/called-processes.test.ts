import { describe, expect, it } from "vitest";
import { parseBpmn } from "@/engine/bpmn/parse";
import { callTargets, calledLoader, processModels } from "./called-processes";

const model = (id: string, calls: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D_${id}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${id}" isExecutable="true">
    <bpmn:startEvent id="S" />
    ${calls
      .map(
        (c, i) =>
          `<bpmn:callActivity id="Call_${i}"><bpmn:extensionElements><zeebe:calledElement processId="${c}" /></bpmn:extensionElements></bpmn:callActivity>`,
      )
      .join("")}
  </bpmn:process>
</bpmn:definitions>`;

const definitions = async (xml: string) => {
  const parsed = await parseBpmn(xml);
  if (!parsed.definitions) throw new Error("fixture does not parse");
  return parsed.definitions;
};

describe("called processes", () => {
  it("given call activities, then only static ids the file does not define are targets", async () => {
    const d = await definitions(model("Main", ["Shared_A", "=dynamicId", "Main", "Shared_A"]));
    expect(callTargets(d)).toEqual(["Shared_A"]);
  });

  it("given a called procedure that calls another, then both are loaded; an unpublished id is asked again", async () => {
    const published: Record<string, string> = {
      Shared_A: model("Shared_A", ["Shared_B"]),
      Shared_B: model("Shared_B", []),
    };
    const asked: string[][] = [];
    const load = calledLoader(async (ids) => {
      asked.push(ids);
      return ids.flatMap((id) =>
        published[id] ? [{ id, version: 1, bpmn: published[id], forms: [] }] : [],
      );
    });
    const main = await definitions(model("Main", ["Shared_A", "Not_Yet"]));
    const called = await load(main);
    expect(called.map((c) => c.id).sort()).toEqual(["Shared_A", "Shared_B"]);
    expect(Object.keys(processModels(called)).sort()).toEqual(["Shared_A", "Shared_B"]);
    await load(main);
    expect(asked).toEqual([["Shared_A", "Not_Yet"], ["Shared_B"], ["Not_Yet"]]);
  });
});
