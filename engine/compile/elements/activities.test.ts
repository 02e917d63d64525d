import { describe, expect, it } from "vitest";
import { chain, procXml, userTask } from "../../testing/bpmn";
import { activities, open, run } from "../../testing/run";

const S = `<bpmn:startEvent id="S"/>`;
const E = (id = "E") => `<bpmn:endEvent id="${id}"/>`;
const mi = (sequential: boolean, collection: string, element: string, extra = "") =>
  `<bpmn:multiInstanceLoopCharacteristics isSequential="${sequential}"><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="${collection}" inputElement="${element}" ${extra}/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>`;

describe("multi-instance user tasks", () => {
  const agencies = { agencies: ["police", "tax", "land"] };

  it("parallel: opens one task per item and collects the outputs", async () => {
    const model = `${S}${userTask("Consult", "commune", "specialist", {}, mi(false, "=agencies", "agency", 'outputCollection="answers" outputElement="=answer"'))}${userTask("Decide")}${E()}
      ${chain("f", "S", "Consult", "Decide", "E")}`;
    const started = await run(model, [], { data: agencies });
    expect(open(started)).toEqual(["Consult", "Consult", "Consult"]);
    const r = await run(
      model,
      [
        { complete: "Consult", data: { answer: "ok-1" } },
        { complete: "Consult", data: { answer: "ok-2" } },
        { complete: "Consult", data: { answer: "ok-3" } },
      ],
      { data: agencies },
    );
    expect(r.outcome.errors).toEqual([]);
    expect(open(r)).toEqual(["Decide"]);
    expect(r.outcome.variables.answers).toEqual(["ok-1", "ok-2", "ok-3"]);
  });

  it("sequential: one at a time", async () => {
    const model = `${S}${userTask("Sign", "commune", "leader", {}, mi(true, "=agencies", "agency"))}${E()}${chain("f", "S", "Sign", "E")}`;
    const one = await run(model, [{ complete: "Sign" }], { data: agencies });
    expect(open(one)).toEqual(["Sign"]);
    const all = await run(
      model,
      [{ complete: "Sign" }, { complete: "Sign" }, { complete: "Sign" }],
      { data: agencies },
    );
    expect(all.outcome.status).toBe("completed");
    expect(activities(all)).toEqual(["Sign", "Sign", "Sign"]);
  });

  it("a completion condition cancels the remaining instances", async () => {
    const model = `${S}<bpmn:userTask id="Vote"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="leader"/><zeebe:properties><zeebe:property name="tier" value="commune"/></zeebe:properties></bpmn:extensionElements>
      <bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=agencies" inputElement="a"/></bpmn:extensionElements><bpmn:completionCondition xsi:type="bpmn:tFormalExpression">=numberOfCompletedInstances &gt;= 2</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>${E()}
      ${chain("f", "S", "Vote", "E")}`;
    const r = await run(model, [{ complete: "Vote" }, { complete: "Vote" }], { data: agencies });
    expect(r.outcome.status).toBe("completed");
    expect(r.outcome.openTasks).toEqual([]);
  });

  it("an empty collection completes at once", async () => {
    const model = `${S}${userTask("Consult", "commune", "specialist", {}, mi(false, "=agencies", "agency"))}${userTask("Next")}${E()}${chain("f", "S", "Consult", "Next", "E")}`;
    const r = await run(model, [], { data: { agencies: [] } });
    expect(open(r)).toEqual(["Next"]);
  });

  it("a collection that is not a list is an incident", async () => {
    const model = `${S}${userTask("Consult", "commune", "specialist", {}, mi(false, "=agencies", "agency"))}${E()}${chain("f", "S", "Consult", "E")}`;
    const r = await run(model, [], { data: { agencies: "police" } });
    expect(r.outcome.status).toBe("incident");
  });
});

describe("multi-instance subprocesses", () => {
  const body = `${S}<bpmn:subProcess id="Ask">${mi(false, "=agencies", "agency", 'outputCollection="replies" outputElement="=reply"')}<bpmn:startEvent id="AS"/>${userTask("Draft")}<bpmn:receiveTask id="Reply" messageRef="Msg_police"/><bpmn:endEvent id="AE"/>${chain("a", "AS", "Draft", "Reply", "AE")}</bpmn:subProcess>${userTask("Decide")}${E()}
    ${chain("f", "S", "Ask", "Decide", "E")}`;

  it("runs each instance as its own child, routes its tasks and collects outputs", async () => {
    const started = await run(body, [], { data: { agencies: ["police", "tax"] } });
    expect(started.outcome.openTasks.map((t) => t.id)).toEqual([
      "Ask[0]/Draft#1",
      "Ask[1]/Draft#1",
    ]);
    expect(started.outcome.openTasks.every((t) => t.unit === "HN-BD-PX")).toBe(true);
    const r = await run(
      body,
      [
        { complete: "Draft" },
        { complete: "Draft" },
        { message: "police-reply", data: { reply: "clean" } },
        { message: "police-reply", data: { reply: "owes" } },
      ],
      { data: { agencies: ["police", "tax"] } },
    );
    expect(r.outcome.errors).toEqual([]);
    expect(open(r)).toEqual(["Decide"]);
    expect(r.outcome.variables.replies).toEqual(["clean", "owes"]);
    expect(activities(r)).toEqual(["Draft", "Draft", "Reply", "Ask", "Reply", "Ask"]);
  });
});

describe("call activities", () => {
  const child = procXml(
    `<bpmn:startEvent id="CS"/>${userTask("Verify", "city", "specialist", { agency: "justice" })}<bpmn:endEvent id="CE"/>${chain("c", "CS", "Verify", "CE")}`,
    {},
    "Verification",
  );

  it("runs the called process as a child machine and takes its variables back", async () => {
    const model = `${S}<bpmn:callActivity id="Call"><bpmn:extensionElements><zeebe:calledElement processId="Verification"/></bpmn:extensionElements></bpmn:callActivity>${userTask("After")}${E()}${chain("f", "S", "Call", "After", "E")}`;
    const started = await run(model, [], { others: [child] });
    expect(started.outcome.openTasks.map((t) => [t.id, t.unit])).toEqual([
      ["Call/Verify#1", "HN-STP"],
    ]);
    const r = await run(model, [{ complete: "Verify", data: { verified: true } }], {
      others: [child],
    });
    expect(r.outcome.errors).toEqual([]);
    expect(open(r)).toEqual(["After"]);
    expect(r.outcome.variables).toMatchObject({ verified: true });
    expect(activities(r)).toEqual(["Verify", "Call"]);
    expect(r.outcome.history.find((h) => h.element === "Call")?.openedAt).toBe(
      "2026-03-02T02:00:00.000Z",
    );
  });

  it("an interrupting timer on the call activity cancels the child", async () => {
    const model = `${S}<bpmn:callActivity id="Call"><bpmn:extensionElements><zeebe:calledElement processId="Verification"/></bpmn:extensionElements></bpmn:callActivity>
      <bpmn:boundaryEvent id="Late" attachedToRef="Call"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>${E()}${E("TooLate")}
      ${chain("f", "S", "Call", "E")}${chain("g", "Late", "TooLate")}`;
    const r = await run(model, [{ wait: "P2D" }, { complete: "Verify" }], { others: [child] });
    expect(r.outcome.endEvent).toBe("TooLate");
    expect(r.outcome.errors.map((e) => e.step)).toEqual([1]);
  });
});

describe("user tasks", () => {
  it.each([
    ['=["reception", "leader"]', {}, ["reception", "leader"]],
    ["=roleList", { roleList: "specialist, leader" }, ["specialist", "leader"]],
    ["reception, clerk", {}, ["reception", "clerk"]],
  ])("candidate groups %s resolve to roles when the task opens", async (groups, data, roles) => {
    const model = `${S}<bpmn:userTask id="T"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="${groups.replace(/"/g, "&quot;")}"/><zeebe:properties><zeebe:property name="tier" value="commune"/></zeebe:properties></bpmn:extensionElements></bpmn:userTask>${E()}${chain("f", "S", "T", "E")}`;
    const r = await run(model, [], { data });
    expect(r.outcome.openTasks[0]?.roles).toEqual(roles);
  });
});

describe("service and send tasks", () => {
  it("built-in services complete at once in a run; external ones wait for a complete step", async () => {
    const model = `${S}<bpmn:serviceTask id="Pay"><bpmn:extensionElements><zeebe:taskDefinition type="payment"/></bpmn:extensionElements></bpmn:serviceTask>
      <bpmn:serviceTask id="Tax"><bpmn:extensionElements><zeebe:taskDefinition type="tax-authority"/></bpmn:extensionElements></bpmn:serviceTask>
      <bpmn:sendTask id="Tell"><bpmn:extensionElements><zeebe:taskDefinition type="notify"/></bpmn:extensionElements></bpmn:sendTask>${E()}
      ${chain("f", "S", "Pay", "Tax", "Tell", "E")}`;
    const waiting = await run(model, []);
    expect(waiting.outcome.status).toBe("active");
    expect(activities(waiting)).toEqual(["Pay"]);
    const r = await run(model, [{ complete: "Tax", data: { taxDue: 0 } }]);
    expect(r.outcome.status).toBe("completed");
    expect(activities(r)).toEqual(["Pay", "Tax", "Tell"]);
    expect(r.outcome.variables).toEqual({ taxDue: 0 });
  });

  it("io mappings shape what a task returns", async () => {
    const model = `${S}<bpmn:userTask id="T"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="specialist"/><zeebe:properties><zeebe:property name="tier" value="commune"/></zeebe:properties>
      <zeebe:ioMapping><zeebe:output source="=decision = &quot;approve&quot;" target="approved"/></zeebe:ioMapping></bpmn:extensionElements></bpmn:userTask>${E()}${chain("f", "S", "T", "E")}`;
    const r = await run(model, [{ complete: "T", data: { decision: "approve", scratch: 1 } }]);
    expect(r.outcome.variables).toEqual({ approved: true });
  });
});
