import { describe, expect, it } from "vitest";
import { chain, flow, ORG, procXml, userTask } from "../testing/bpmn";
import { compileXml } from "../testing/compile-xml";
import { runScenario } from "./scenario";
import { Scenario } from "./scenario-schema";

const scenario = (steps: unknown[], extra: Record<string, unknown> = {}) =>
  Scenario.parse({
    org: ORG,
    jurisdiction: "HN-BD-PX",
    submittedAt: "2026-03-02T09:00:00+07:00",
    data: {},
    steps,
    ...extra,
  });

describe("smoke", () => {
  it("runs a sequence of two user tasks", async () => {
    const proc = await compileXml(
      procXml(
        `<bpmn:startEvent id="S"/>${userTask("A", "commune", "reception", { sla: 1 })}${userTask("B", "district", "leader", { sla: 2 })}<bpmn:endEvent id="E"/>${chain("F", "S", "A", "B", "E")}`,
      ),
    );
    const r = runScenario(proc, scenario([{ complete: "A", data: { x: 1 } }, { complete: "B" }]));
    expect(r.outcome.errors).toEqual([]);
    expect(r.outcome.status).toBe("completed");
    expect(r.outcome.endEvent).toBe("E");
    expect(r.outcome.dueDate).toBe("2026-03-05");
    expect(
      r.outcome.history.filter((h) => h.type === "userTask").map((h) => [h.element, h.unit]),
    ).toEqual([
      ["A", "HN-BD-PX"],
      ["B", "HN-BD"],
    ]);
    expect(r.outcome.variables).toEqual({ x: 1 });
  });

  it("runs a parallel block and joins once", async () => {
    const proc = await compileXml(
      procXml(`<bpmn:startEvent id="S"/><bpmn:parallelGateway id="G1"/>${userTask("A")}${userTask("B", "district")}<bpmn:parallelGateway id="G2"/>${userTask("C")}<bpmn:endEvent id="E"/>
      ${flow("f1", "S", "G1")}${flow("f2", "G1", "A")}${flow("f3", "G1", "B")}${flow("f4", "A", "G2")}${flow("f5", "B", "G2")}${flow("f6", "G2", "C")}${flow("f7", "C", "E")}`),
    );
    const mid = runScenario(proc, scenario([{ complete: "B" }]));
    expect(mid.outcome.openTasks.map((t) => t.element)).toEqual(["A"]);
    const r = runScenario(
      proc,
      scenario([{ complete: "B" }, { complete: "A" }, { complete: "C" }]),
    );
    expect(r.outcome.errors).toEqual([]);
    expect(r.outcome.status).toBe("completed");
    expect(r.outcome.history.filter((h) => h.element === "G2")).toHaveLength(1);
  });
});
