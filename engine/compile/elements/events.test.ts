import { describe, expect, it } from "vitest";
import { chain, flow, userTask } from "../../testing/bpmn";
import { activities, open, run } from "../../testing/run";

const S = `<bpmn:startEvent id="S"/>`;
const E = (id = "E") => `<bpmn:endEvent id="${id}"/>`;
const timer = (
  id: string,
  host: string,
  duration: string,
  interrupting = true,
  workingDays = false,
) =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${host}" cancelActivity="${interrupting}">${
    workingDays
      ? `<bpmn:extensionElements><zeebe:properties><zeebe:property name="workingDays" value="true"/></zeebe:properties></bpmn:extensionElements>`
      : ""
  }<bpmn:timerEventDefinition><bpmn:timeDuration>${duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>`;

describe("timer boundary events", () => {
  it("an interrupting timer cancels the task and takes its path", async () => {
    const model = `${S}${userTask("Review")}${timer("Late", "Review", "PT2H")}${userTask("Escalated", "district", "leader")}${E("Done")}${E("Esc")}
      ${chain("f", "S", "Review", "Done")}${chain("g", "Late", "Escalated", "Esc")}`;
    const r = await run(model, [{ wait: "PT3H" }]);
    expect(open(r)).toEqual(["Escalated"]);
    expect(r.outcome.history.some((h) => h.element === "Late")).toBe(true);
    const late = await run(model, [{ wait: "PT3H" }, { complete: "Review" }]);
    expect(late.outcome.errors.map((e) => e.step)).toEqual([1]);
  });

  it("a non-interrupting timer runs its path beside the task; the dossier ends when both are done", async () => {
    const model = `${S}${userTask("Review")}${timer("Remind", "Review", "P1D", false, true)}${userTask("Chase", "district", "leader")}${E("Done")}${E("Chased")}
      ${chain("f", "S", "Review", "Done")}${chain("g", "Remind", "Chase", "Chased")}`;
    const r = await run(model, [{ wait: "P2D" }]);
    expect(open(r)).toEqual(["Chase", "Review"]);
    const reviewed = await run(model, [{ wait: "P2D" }, { complete: "Review" }]);
    expect(reviewed.outcome.status).toBe("active");
    const both = await run(model, [{ wait: "P2D" }, { complete: "Review" }, { complete: "Chase" }]);
    expect(both.outcome.status).toBe("completed");
    expect(activities(both)).toEqual(["Review", "Chase"]);
  });

  it("counts working days: one working day from Friday 16:00 fires on Monday 16:00", async () => {
    const model = `${S}${userTask("Review")}${timer("Late", "Review", "P1D", true, true)}${E("Done")}${E("Esc")}
      ${chain("f", "S", "Review", "Done")}${flow("g", "Late", "Esc")}`;
    const friday = "2026-03-06T16:00:00+07:00";
    const sunday = await run(model, [{ wait: "P2D" }], { submittedAt: friday });
    expect(sunday.outcome.status).toBe("active");
    expect(sunday.outcome.waiting.timers[0]?.fireAt).toBe("2026-03-09T09:00:00.000Z");
    const monday = await run(model, [{ wait: "P3D" }], { submittedAt: friday });
    expect(monday.outcome.endEvent).toBe("Esc");
  });

  it.each([
    ["2026-03-03T10:00:00", "2026-03-03T03:00:00.000Z"],
    ["2026-03-03T10:00:00+07:00", "2026-03-03T03:00:00.000Z"],
    ["2026-03-03T03:00:00Z", "2026-03-03T03:00:00.000Z"],
    ["2026-03-04", "2026-03-03T17:00:00.000Z"],
  ])("a timer date %s without a zone is read as Hanoi time", async (date, fireAt) => {
    const model = `${S}${userTask("Review")}<bpmn:boundaryEvent id="At" attachedToRef="Review"><bpmn:timerEventDefinition><bpmn:timeDate>${date}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>${E("Done")}${E("Late")}
      ${chain("f", "S", "Review", "Done")}${flow("g", "At", "Late")}`;
    const r = await run(model, []);
    expect(r.outcome.waiting.timers).toEqual([{ element: "At", fireAt }]);
  });

  it("repeats a cycle timer and stops when its host completes", async () => {
    const model = `${S}${userTask("Review")}<bpmn:boundaryEvent id="Nag" attachedToRef="Review" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      <bpmn:serviceTask id="Notify"><bpmn:extensionElements><zeebe:taskDefinition type="notify"/></bpmn:extensionElements></bpmn:serviceTask>${E("Done")}${E("N")}
      ${chain("f", "S", "Review", "Done")}${chain("g", "Nag", "Notify", "N")}`;
    const r = await run(model, [{ wait: "PT10H" }]);
    expect(r.outcome.history.filter((h) => h.element === "Notify")).toHaveLength(3);
    const stopped = await run(model, [
      { wait: "PT1H30M" },
      { complete: "Review" },
      { wait: "PT10H" },
    ]);
    expect(stopped.outcome.history.filter((h) => h.element === "Notify")).toHaveLength(1);
    expect(stopped.outcome.status).toBe("completed");
  });
});

describe("start events", () => {
  it.each([
    [
      "message",
      `<bpmn:startEvent id="S"><bpmn:messageEventDefinition messageRef="Msg_supp"/></bpmn:startEvent>`,
    ],
    [
      "timer",
      `<bpmn:startEvent id="S"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P1D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>`,
    ],
  ])("a process whose only start is a %s start begins at submission", async (_kind, start) => {
    const r = await run(`${start}${userTask("A")}${E()}${chain("f", "S", "A", "E")}`, [
      { complete: "A" },
    ]);
    expect(r.outcome.errors).toEqual([]);
    expect(r.outcome.status).toBe("completed");
    expect(r.outcome.history[0]?.element).toBe("S");
  });
});

describe("message events and receive tasks", () => {
  it("a message catch waits, merges the message data and pauses the statutory clock", async () => {
    const model = `${S}${userTask("Check")}<bpmn:intermediateCatchEvent id="Supp"><bpmn:extensionElements><zeebe:properties><zeebe:property name="pauseClock" value="true"/></zeebe:properties></bpmn:extensionElements><bpmn:messageEventDefinition messageRef="Msg_supp"/></bpmn:intermediateCatchEvent>${userTask("Decide")}${E()}
      ${chain("f", "S", "Check", "Supp", "Decide", "E")}`;
    // Received Mon 2 Mar 09:00, sla 3 → Thu 5 Mar; waits on the citizen from Mon 09:00 to Wed 09:00 (2 working days).
    const r = await run(model, [
      { complete: "Check" },
      { wait: "P2D" },
      { message: "supplement-submitted", data: { banBoSung: "files::x" } },
    ]);
    expect(r.outcome.errors).toEqual([]);
    expect(r.outcome.dueDate).toBe("2026-03-09");
    expect(r.outcome.variables).toMatchObject({ banBoSung: "files::x" });
    expect(open(r)).toEqual(["Decide"]);
  });

  it("refuses a message nobody waits for", async () => {
    const r = await run(`${S}${userTask("A")}${E()}${chain("f", "S", "A", "E")}`, [
      { message: "payment-confirmed" },
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.outcome.errors[0]?.message).toMatch(/not waiting for message "payment-confirmed"/);
  });

  it("a receive task with an interrupting message boundary", async () => {
    const model = `${S}<bpmn:receiveTask id="Wait" messageRef="Msg_police"/><bpmn:boundaryEvent id="Cancel" attachedToRef="Wait"><bpmn:messageEventDefinition messageRef="Msg_paid"/></bpmn:boundaryEvent>${E("Got")}${E("Cancelled")}
      ${chain("f", "S", "Wait", "Got")}${flow("g", "Cancel", "Cancelled")}`;
    const got = await run(model, [{ message: "police-reply", data: { clean: true } }]);
    expect(got.outcome.endEvent).toBe("Got");
    expect(activities(got)).toEqual(["Wait"]);
    const cancelled = await run(model, [
      { message: "payment-confirmed" },
      { message: "police-reply" },
    ]);
    expect(cancelled.outcome.endEvent).toBe("Cancelled");
    expect(cancelled.outcome.errors.map((e) => e.step)).toEqual([1]);
  });
});

describe("errors, terminate and event subprocesses", () => {
  it("an error end inside a subprocess is caught by the subprocess's error boundary", async () => {
    const model = `${S}<bpmn:subProcess id="Sub"><bpmn:startEvent id="SS"/>${userTask("Check")}<bpmn:exclusiveGateway id="G" default="ok"/><bpmn:endEvent id="Err"><bpmn:errorEventDefinition errorRef="Err_reject"/></bpmn:endEvent><bpmn:endEvent id="SE"/>
      ${chain("s", "SS", "Check", "G")}${flow("ok", "G", "SE")}${flow("bad", "G", "Err", "=invalid")}</bpmn:subProcess>
      <bpmn:boundaryEvent id="Caught" attachedToRef="Sub"><bpmn:errorEventDefinition errorRef="Err_reject"/></bpmn:boundaryEvent>${userTask("After")}${E("Done")}${E("Rejected")}
      ${chain("f", "S", "Sub", "After", "Done")}${flow("g", "Caught", "Rejected")}`;
    const bad = await run(model, [{ complete: "Check", data: { invalid: true } }]);
    expect(bad.outcome.errors).toEqual([]);
    expect(bad.outcome.endEvent).toBe("Rejected");
    const good = await run(model, [{ complete: "Check", data: { invalid: false } }]);
    expect(open(good)).toEqual(["After"]);
    expect(activities(good)).toEqual(["Check", "Sub"]);
    expect(good.outcome.history.find((h) => h.element === "Sub")?.openedAt).toBe(
      "2026-03-02T02:00:00.000Z",
    );
  });

  it("an uncaught error is an incident", async () => {
    const r = await run(
      `${S}<bpmn:endEvent id="Err"><bpmn:errorEventDefinition errorRef="Err_reject"/></bpmn:endEvent>${flow("f", "S", "Err")}`,
      [],
    );
    expect(r.outcome.status).toBe("incident");
  });

  it("terminate ends every branch at once", async () => {
    const model = `${S}<bpmn:parallelGateway id="Fork"/>${userTask("A")}${userTask("B")}<bpmn:parallelGateway id="Join"/>${E()}<bpmn:endEvent id="Stop"><bpmn:terminateEventDefinition/></bpmn:endEvent>
      ${flow("f0", "S", "Fork")}${flow("f1", "Fork", "A")}${flow("f2", "Fork", "B")}${flow("f3", "A", "Stop")}${flow("f4", "B", "Join")}${flow("f5", "Join", "E")}`;
    const r = await run(model, [{ complete: "A" }]);
    expect(r.outcome.status).toBe("terminated");
    expect(r.outcome.endEvent).toBe("Stop");
    expect(r.outcome.openTasks).toEqual([]);
  });

  it("terminate inside a subprocess ends only the subprocess", async () => {
    const model = `${S}<bpmn:subProcess id="Sub"><bpmn:startEvent id="SS"/><bpmn:parallelGateway id="F"/>${userTask("A")}${userTask("B")}<bpmn:endEvent id="T"><bpmn:terminateEventDefinition/></bpmn:endEvent><bpmn:endEvent id="SE"/>
      ${flow("s0", "SS", "F")}${flow("s1", "F", "A")}${flow("s2", "F", "B")}${flow("s3", "A", "T")}${flow("s4", "B", "SE")}</bpmn:subProcess>${userTask("After")}${E()}
      ${chain("f", "S", "Sub", "After", "E")}`;
    const r = await run(model, [{ complete: "A" }]);
    expect(r.outcome.status).toBe("active");
    expect(open(r)).toEqual(["After"]);
  });

  it("an interrupting message event subprocess replaces the flow (withdrawal)", async () => {
    const model = `${S}${userTask("Review")}${E("Done")}
      <bpmn:subProcess id="Withdraw" triggeredByEvent="true"><bpmn:startEvent id="WS"><bpmn:messageEventDefinition messageRef="Msg_supp"/></bpmn:startEvent><bpmn:endEvent id="Withdrawn"/>${flow("w1", "WS", "Withdrawn")}</bpmn:subProcess>
      ${chain("f", "S", "Review", "Done")}`;
    const r = await run(model, [{ message: "supplement-submitted" }]);
    expect(r.outcome.status).toBe("completed");
    expect(r.outcome.endEvent).toBe("Withdrawn");
    expect(r.outcome.openTasks).toEqual([]);
  });

  it("a non-interrupting timer event subprocess runs beside the flow", async () => {
    const model = `${S}${userTask("Review")}${E("Done")}
      <bpmn:subProcess id="Remind" triggeredByEvent="true"><bpmn:startEvent id="RS" isInterrupting="false"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>${userTask("Chase", "district", "leader")}<bpmn:endEvent id="RE"/>${chain("r", "RS", "Chase", "RE")}</bpmn:subProcess>
      ${chain("f", "S", "Review", "Done")}`;
    const r = await run(model, [{ wait: "P1DT1H" }]);
    expect(open(r)).toEqual(["Chase", "Review"]);
    const done = await run(model, [
      { wait: "P1DT1H" },
      { complete: "Chase" },
      { complete: "Review" },
    ]);
    expect(done.outcome.status).toBe("completed");
  });

  it("an error event subprocess catches an error thrown in its scope", async () => {
    const model = `${S}${userTask("A")}<bpmn:endEvent id="Err"><bpmn:errorEventDefinition errorRef="Err_reject"/></bpmn:endEvent>
      <bpmn:subProcess id="OnError" triggeredByEvent="true"><bpmn:startEvent id="ES"><bpmn:errorEventDefinition errorRef="Err_reject"/></bpmn:startEvent>${userTask("Handle")}<bpmn:endEvent id="EE"/>${chain("e", "ES", "Handle", "EE")}</bpmn:subProcess>
      ${chain("f", "S", "A", "Err")}`;
    const r = await run(model, [{ complete: "A" }]);
    expect(open(r)).toEqual(["Handle"]);
    const done = await run(model, [{ complete: "A" }, { complete: "Handle" }]);
    expect(done.outcome.status).toBe("completed");
    expect(done.outcome.endEvent).toBe("EE");
  });
});
