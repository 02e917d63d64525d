import { describe, expect, it } from "vitest";
import { chain, flow, userTask } from "../../testing/bpmn";
import { activities, open, run } from "../../testing/run";

const S = `<bpmn:startEvent id="S"/>`;
const E = (id = "E") => `<bpmn:endEvent id="${id}"/>`;

describe("exclusive gateway", () => {
  const model = `${S}${userTask("Review")}<bpmn:exclusiveGateway id="G" default="f_def"/>${userTask("Fix")}${E("Done")}${E("Refused")}
    ${flow("f1", "S", "Review")}${flow("f2", "Review", "G")}
    ${flow("f_ok", "G", "Done", '=decision = "approve"')}${flow("f_fix", "G", "Fix", '=decision = "supplement"')}${flow("f_def", "G", "Refused")}
    ${flow("f_back", "Fix", "Review")}`;

  it.each([
    ["approve", [{ complete: "Review", data: { decision: "approve" } }], "Done", ["Review"]],
    ["default", [{ complete: "Review", data: { decision: "refuse" } }], "Refused", ["Review"]],
    [
      "loops back twice, then approves",
      [
        { complete: "Review", data: { decision: "supplement" } },
        { complete: "Fix" },
        { complete: "Review", data: { decision: "supplement" } },
        { complete: "Fix" },
        { complete: "Review", data: { decision: "approve" } },
      ],
      "Done",
      ["Review", "Fix", "Review", "Fix", "Review"],
    ],
  ])("%s", async (_name, steps, end, path) => {
    const r = await run(model, steps);
    expect(r.outcome.errors).toEqual([]);
    expect(r.outcome.status).toBe("completed");
    expect(r.outcome.endEvent).toBe(end);
    expect(activities(r)).toEqual(path);
  });

  it("stops with an incident when no condition holds and there is no default, and moves on after a retry", async () => {
    const noDefault = `${S}${userTask("A")}<bpmn:exclusiveGateway id="G"/>${E()}${flow("f1", "S", "A")}${flow("f2", "A", "G")}${flow("f3", "G", "E", "=x > 1")}`;
    const r = await run(noDefault, [{ complete: "A", data: { x: 0 } }]);
    expect(r.outcome.status).toBe("incident");
    expect(r.outcome.incidents[0]?.element).toBe("G");
  });
});

describe("parallel gateway", () => {
  const model = `${S}<bpmn:parallelGateway id="Fork"/>${userTask("A")}${userTask("B", "district", "leader")}${userTask("C", "city")}<bpmn:parallelGateway id="Join"/>${E()}
    ${flow("f0", "S", "Fork")}${flow("f1", "Fork", "A")}${flow("f2", "Fork", "B")}${flow("f3", "Fork", "C")}
    ${flow("f4", "A", "Join")}${flow("f5", "B", "Join")}${flow("f6", "C", "Join")}${flow("f7", "Join", "E")}`;

  it.each([[["A", "B", "C"]], [["C", "B", "A"]], [["B", "A", "C"]]])(
    "joins exactly once whatever the order %j",
    async (order) => {
      const r = await run(
        model,
        order.map((t) => ({ complete: t })),
      );
      expect(r.outcome.status).toBe("completed");
      expect(r.outcome.history.filter((h) => h.element === "Join")).toHaveLength(1);
      expect(r.outcome.history.filter((h) => h.element === "E")).toHaveLength(1);
    },
  );

  it("routes each branch to its own tier", async () => {
    const r = await run(model, []);
    expect(r.outcome.openTasks.map((t) => [t.element, t.unit]).sort()).toEqual([
      ["A", "HN-BD-PX"],
      ["B", "HN-BD"],
      ["C", "HN"],
    ]);
  });

  it("refuses completing a branch twice", async () => {
    const r = await run(model, [{ complete: "A" }, { complete: "A" }]);
    expect(r.exitCode).toBe(1);
    expect(r.outcome.errors.map((e) => e.step)).toEqual([1]);
    expect(open(r)).toEqual(["B", "C"]);
  });

  it("a parallel block inside a loop runs again on each round and joins once per round", async () => {
    const loop = `${S}<bpmn:exclusiveGateway id="Merge"/><bpmn:parallelGateway id="Fork"/>${userTask("A")}${userTask("B")}<bpmn:parallelGateway id="Join"/>
      <bpmn:exclusiveGateway id="Again" default="f_done"/>${E()}
      ${flow("f0", "S", "Merge")}${flow("f1", "Merge", "Fork")}${flow("f2", "Fork", "A")}${flow("f3", "Fork", "B")}${flow("f4", "A", "Join")}${flow("f5", "B", "Join")}
      ${flow("f6", "Join", "Again")}${flow("f_again", "Again", "Merge", "=redo")}${flow("f_done", "Again", "E")}`;
    const r = await run(loop, [
      { complete: "A", data: { redo: true } },
      { complete: "B" },
      { complete: "B", data: { redo: false } },
      { complete: "A" },
    ]);
    expect(r.outcome.errors).toEqual([]);
    expect(r.outcome.status).toBe("completed");
    expect(r.outcome.history.filter((h) => h.element === "Join")).toHaveLength(2);
    expect(activities(r)).toEqual(["A", "B", "B", "A"]);
  });

  it("a fork without a join completes when every branch has ended", async () => {
    const forkOnly = `${S}<bpmn:parallelGateway id="Fork"/>${userTask("A")}${userTask("B")}${E("EA")}${E("EB")}
      ${flow("f0", "S", "Fork")}${flow("f1", "Fork", "A")}${flow("f2", "Fork", "B")}${flow("f3", "A", "EA")}${flow("f4", "B", "EB")}`;
    const one = await run(forkOnly, [{ complete: "B" }]);
    expect(one.outcome.status).toBe("active");
    expect(open(one)).toEqual(["A"]);
    const both = await run(forkOnly, [{ complete: "B" }, { complete: "A" }]);
    expect(both.outcome.status).toBe("completed");
    expect(both.outcome.endEvent).toBe("EA");
  });

  it("forks implicitly from a task with two outgoing flows", async () => {
    const implicit = `${S}${userTask("T")}${userTask("A")}${userTask("B")}<bpmn:parallelGateway id="Join"/>${E()}
      ${flow("f0", "S", "T")}${flow("f1", "T", "A")}${flow("f2", "T", "B")}${flow("f4", "A", "Join")}${flow("f5", "B", "Join")}${flow("f7", "Join", "E")}`;
    const r = await run(implicit, [{ complete: "T" }]);
    expect(open(r)).toEqual(["A", "B"]);
  });
});

describe("inclusive gateway", () => {
  const model = `${S}<bpmn:inclusiveGateway id="Fork" default="f_def"/>${userTask("Tax")}${userTask("Land")}${userTask("Plain")}<bpmn:inclusiveGateway id="Join"/>${E()}
    ${flow("f0", "S", "Fork")}${flow("f1", "Fork", "Tax", "=needTax")}${flow("f2", "Fork", "Land", "=needLand")}${flow("f_def", "Fork", "Plain")}
    ${flow("f4", "Tax", "Join")}${flow("f5", "Land", "Join")}${flow("f6", "Plain", "Join")}${flow("f7", "Join", "E")}`;

  it.each([
    [{ needTax: true, needLand: true }, ["Land", "Tax"]],
    [{ needTax: true, needLand: false }, ["Tax"]],
    [{ needTax: false, needLand: false }, ["Plain"]],
  ])("with %j opens %j and completes after them", async (data, expected) => {
    const started = await run(model, [], { data });
    expect(open(started)).toEqual(expected);
    const r = await run(
      model,
      expected.map((t) => ({ complete: t })),
      { data },
    );
    expect(r.outcome.status).toBe("completed");
    expect(r.outcome.history.filter((h) => h.element === "Join")).toHaveLength(1);
  });

  it("is an incident when no condition holds and there is no default", async () => {
    const noDefault = `${S}<bpmn:inclusiveGateway id="Fork"/>${userTask("Tax")}<bpmn:inclusiveGateway id="Join"/>${userTask("Land")}${E()}
      ${flow("f0", "S", "Fork")}${flow("f1", "Fork", "Tax", "=needTax")}${flow("f2", "Fork", "Land", "=needLand")}${flow("f4", "Tax", "Join")}${flow("f5", "Land", "Join")}${flow("f7", "Join", "E")}`;
    const r = await run(noDefault, [], { data: { needTax: false, needLand: false } });
    expect(r.outcome.status).toBe("incident");
  });
});

describe("event-based gateway", () => {
  const model = `${S}<bpmn:eventBasedGateway id="G"/>
    <bpmn:intermediateCatchEvent id="Paid"><bpmn:messageEventDefinition messageRef="Msg_paid"/></bpmn:intermediateCatchEvent>
    <bpmn:intermediateCatchEvent id="Timeout"><bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    ${userTask("Issue")}${E("Done")}${E("Expired")}
    ${flow("f0", "S", "G")}${flow("f1", "G", "Paid")}${flow("f2", "G", "Timeout")}${chain("a", "Paid", "Issue", "Done")}${flow("f3", "Timeout", "Expired")}`;

  it("takes the message when it comes first and disarms the timer", async () => {
    const r = await run(model, [
      { message: "payment-confirmed", data: { amount: 50000 } },
      { wait: "P10D" },
    ]);
    expect(r.outcome.errors).toEqual([]);
    expect(open(r)).toEqual(["Issue"]);
    expect(r.outcome.variables).toMatchObject({ amount: 50000 });
    expect(r.outcome.waiting.timers).toEqual([]);
  });

  it("takes the timer when it fires first and then refuses the message", async () => {
    const r = await run(model, [{ wait: "P6D" }, { message: "payment-confirmed" }]);
    expect(r.outcome.endEvent).toBe("Expired");
    expect(r.outcome.status).toBe("completed");
    expect(r.outcome.errors.map((e) => e.step)).toEqual([1]);
  });

  it("does not fire the timer before it is due", async () => {
    const r = await run(model, [{ wait: "P4D" }]);
    expect(r.outcome.status).toBe("active");
    expect(r.outcome.waiting.messages).toEqual(["payment-confirmed"]);
  });
});
