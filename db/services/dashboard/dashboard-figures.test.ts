import { beforeAll, expect, it } from "vitest";
import { describeOnBothDatabases } from "../../testing";
import type { Db } from "../../client";
import {
  citizen,
  official,
  openTaskOf,
  publishRaw,
  setupOrganisation,
} from "../../store/test-support";
import type { Principal } from "../auth/principal";
import { completeTask } from "../complete-task";
import { deliverSupplement } from "../deliver-supplement";
import { requestSupplement } from "../request-supplement";
import { submitDossier } from "../submit-dossier";
import { dashboardFigures } from "./dashboard-figures";

/**
 * Start → Task_Check (reception) → supplement? wait on the citizen (the clock stops) and back;
 * otherwise → Task_Do (specialist) → End. One working day in all; two supplements allowed so
 * that the "more than one counts as late" rule can be reached.
 */
const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Dash_Proc" name="Thủ tục thống kê" isExecutable="true">
    <bpmn:extensionElements><zeebe:properties>
      <zeebe:property name="sla" value="1" /><zeebe:property name="maxSupplements" value="2" />
    </zeebe:properties></bpmn:extensionElements>
    <bpmn:startEvent id="Start" />
    <bpmn:exclusiveGateway id="Merge" />
    <bpmn:userTask id="Task_Check" name="Tiếp nhận">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition candidateGroups="reception" />
        <zeebe:properties><zeebe:property name="tier" value="commune" /><zeebe:property name="sla" value="0" /></zeebe:properties>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="Complete" default="f_go" />
    <bpmn:intermediateCatchEvent id="Wait">
      <bpmn:extensionElements><zeebe:properties><zeebe:property name="pauseClock" value="true" /></zeebe:properties></bpmn:extensionElements>
      <bpmn:messageEventDefinition messageRef="Msg" />
    </bpmn:intermediateCatchEvent>
    <bpmn:userTask id="Task_Do" name="Thụ lý">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition candidateGroups="specialist" />
        <zeebe:properties><zeebe:property name="tier" value="commune" /><zeebe:property name="sla" value="1" /></zeebe:properties>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Merge" />
    <bpmn:sequenceFlow id="f2" sourceRef="Merge" targetRef="Task_Check" />
    <bpmn:sequenceFlow id="f3" sourceRef="Task_Check" targetRef="Complete" />
    <bpmn:sequenceFlow id="f_sup" sourceRef="Complete" targetRef="Wait">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=decision = "supplement"</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f_back" sourceRef="Wait" targetRef="Merge" />
    <bpmn:sequenceFlow id="f_go" sourceRef="Complete" targetRef="Task_Do" />
    <bpmn:sequenceFlow id="f4" sourceRef="Task_Do" targetRef="End" />
  </bpmn:process>
  <bpmn:message id="Msg" name="supplement-submitted" />
</bpmn:definitions>`;

/** Hanoi wall-clock time in March 2026 (2 March is a Monday). */
const at = (day: number, hour: number, minute = 0) =>
  new Date(
    `2026-03-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+07:00`,
  );
/** After a supplement the variables still say `decision = "supplement"`: say otherwise. */
const APPROVE = { decision: "approve" };
const MARCH = { from: "2026-03-01", to: "2026-03-31" };
/** Well after every deadline above, so nothing in the tests is "still within deadline" by accident. */
const LATER = at(31, 12);

const admin: Principal = {
  userId: "a",
  username: "a",
  name: "a",
  roles: ["admin"],
  memberships: [],
};
const officialIn = (unit: string, roles: string[]): Principal => ({
  userId: "o",
  username: "o",
  name: "o",
  roles: ["official"],
  memberships: [{ unit, roles, substituteFor: null, validTo: null }],
});

describeOnBothDatabases("dashboardFigures", (t) => {
  beforeAll(async () => {
    await setupOrganisation(t.db);
    await publishRaw(t.db, BPMN, []);
    // The same model without a statutory time: its dossiers have no due date.
    await publishRaw(
      t.db,
      BPMN.replaceAll("Dash_Proc", "Dash_NoSla").replace(
        '<zeebe:property name="sla" value="1" />',
        "",
      ),
      [],
    );
  });

  /** A dossier in `unit` received at `when`, with the officials who work it. */
  async function dossierIn(db: Db, unit: string, when: Date, procedure = "Dash_Proc") {
    const applicant = await citizen(db);
    const d = await submitDossier(db, {
      actor: applicant,
      now: when,
      input: { procedure, jurisdiction: unit, data: {}, idempotencyKey: "s" },
    });
    const staff = await official(db, unit, ["reception", "specialist"]);
    const complete = async (element: string, now: Date, data: Record<string, unknown> = {}) =>
      completeTask(db, {
        actor: staff,
        now,
        input: {
          taskId: (await openTaskOf(db, d.id, element)).id,
          data,
          idempotencyKey: `${element}${+now}`,
        },
      });
    const ask = async (asked: Date) =>
      requestSupplement(db, {
        actor: staff,
        now: asked,
        input: {
          taskId: (await openTaskOf(db, d.id, "Task_Check")).id,
          reasons: "thiếu",
          idempotencyKey: `q${+asked}`,
        },
      });
    const supplement = async (asked: Date, delivered: Date) => {
      await ask(asked);
      await deliverSupplement(db, {
        actor: applicant,
        now: delivered,
        input: { code: d.code, data: {}, idempotencyKey: `d${+delivered}` },
      });
    };
    return { complete, ask, supplement };
  }

  it("counts a dossier finished after its due time as late and one finished by it as on time", async () => {
    // Given two dossiers received Monday 09:00, due at the end of Tuesday
    const late = await dossierIn(t.db, "HN-BD-TB", at(2, 9));
    await late.complete("Task_Check", at(2, 10));
    await late.complete("Task_Do", at(4, 10));
    const onTime = await dossierIn(t.db, "HN-BD-TB", at(2, 9));
    await onTime.complete("Task_Check", at(2, 10));
    await onTime.complete("Task_Do", at(3, 10));
    // When the administrator looks at the unit
    const f = await dashboardFigures(t.db, {
      principal: admin,
      now: LATER,
      input: { ...MARCH, unit: "HN-BD-TB" },
    });
    // Then one of the two is on time
    expect(f.receiving).toEqual([
      expect.objectContaining({
        unit: "HN-BD-TB",
        received: 2,
        finished: 2,
        handled: 2,
        onTime: 1,
        onTimeRate: 0.5,
      }),
    ]);
    // And the steps: both checks by their same-day deadline, one Task_Do a day late
    expect(f.handling).toEqual([
      expect.objectContaining({ unit: "HN-BD-TB", late: 1, early: 0, onTime: 3, overdue: 0 }),
    ]);
    // And the mean time from receipt to result: (49 h + 25 h) / 2
    expect(f.procedures).toEqual([
      { procedure: "Dash_Proc", name: "Thủ tục thống kê", finished: 2, averageHours: 37 },
    ]);
  });

  it("judges steps by the Hanoi day of their deadline, as the control sheet does", async () => {
    // Given two dossiers whose Task_Do (one working day) is due on Tuesday
    const early = await dossierIn(t.db, "HN-BD-NH", at(2, 9));
    await early.complete("Task_Check", at(2, 9, 30));
    await early.complete("Task_Do", at(2, 11));
    const dawn = await dossierIn(t.db, "HN-BD-NH", at(2, 9));
    await dawn.complete("Task_Check", at(2, 9, 30));
    // When one is finished on Monday and the other at 06:30 on Tuesday (still Monday in UTC)
    await dawn.complete("Task_Do", at(3, 6, 30));
    const f = await dashboardFigures(t.db, {
      principal: admin,
      now: LATER,
      input: { ...MARCH, unit: "HN-BD-NH" },
    });
    // Then Monday's is early and Tuesday's on time; the two checks met their same-day deadline
    expect(f.handling[0]).toMatchObject({ early: 1, onTime: 3, late: 0, onTimeRate: 1 });
  });

  it("leaves the time spent waiting on the citizen out of the deadline", async () => {
    // Given a dossier sent back to the citizen from Monday 10:00 to Wednesday 10:00
    const d = await dossierIn(t.db, "HN-BD-VP", at(2, 9));
    await d.supplement(at(2, 10), at(4, 10));
    await d.complete("Task_Check", at(4, 11), APPROVE);
    // When it is finished on Thursday, after the first deadline (Tuesday) but within the moved one
    await d.complete("Task_Do", at(5, 10));
    const f = await dashboardFigures(t.db, {
      principal: admin,
      now: LATER,
      input: { ...MARCH, unit: "HN-BD-VP" },
    });
    // Then it counts on time
    expect(f.receiving[0]).toMatchObject({ finished: 1, handled: 1, onTime: 1, onTimeRate: 1 });
    // And the two days it waited on the citizen are left out of its processing time (73 h − 48 h)
    expect(f.procedures[0]?.averageHours).toBeCloseTo(25, 5);
  });

  it("counts a dossier with two supplement requests as late, even when finished in time", async () => {
    const d = await dossierIn(t.db, "HN-BD-CV", at(2, 9));
    await d.supplement(at(2, 9, 10), at(2, 9, 20));
    await d.supplement(at(2, 9, 30), at(2, 9, 40));
    await d.complete("Task_Check", at(2, 10), APPROVE);
    await d.complete("Task_Do", at(2, 11));
    const f = await dashboardFigures(t.db, {
      principal: admin,
      now: LATER,
      input: { ...MARCH, unit: "HN-BD-CV" },
    });
    expect(f.receiving[0]).toMatchObject({ finished: 1, handled: 1, onTime: 0, onTimeRate: 0 });
  });

  it("counts overdue and paused dossiers as they stand, and a paused one within its deadline", async () => {
    const overdue = await dossierIn(t.db, "HN-BD-LG", at(2, 9));
    await overdue.complete("Task_Check", at(2, 10));
    const paused = await dossierIn(t.db, "HN-BD-LG", at(2, 9));
    await paused.ask(at(2, 10));
    const f = await dashboardFigures(t.db, {
      principal: admin,
      now: LATER,
      input: { ...MARCH, unit: "HN-BD-LG" },
    });
    expect(f.receiving[0]).toMatchObject({
      received: 2,
      handled: 2,
      onTime: 1,
      overdue: 1,
      paused: 1,
    });
    expect(f.handling[0]).toMatchObject({ unit: "HN-BD-LG", overdue: 1 });
  });

  it("counts an open dossier without a deadline as within it", async () => {
    await dossierIn(t.db, "HN-BD-QT", at(2, 9), "Dash_NoSla");
    const f = await dashboardFigures(t.db, {
      principal: admin,
      now: LATER,
      input: { ...MARCH, unit: "HN-BD-QT" },
    });
    expect(f.receiving[0]).toMatchObject({ received: 1, handled: 1, onTime: 1, overdue: 0 });
  });

  it("refuses an official who leads no unit, and anyone without the dashboard", async () => {
    await expect(
      dashboardFigures(t.db, { principal: officialIn("HN-BD-TB", ["reception", "specialist"]) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const citizenP: Principal = { ...admin, roles: ["citizen"] };
    await expect(dashboardFigures(t.db, { principal: citizenP })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(dashboardFigures(t.db, { principal: null })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("shows a leader only the units they lead and those below, and refuses another unit", async () => {
    const leader = officialIn("HN-BD-TB", ["leader"]);
    const f = await dashboardFigures(t.db, { principal: leader, now: LATER, input: MARCH });
    expect(f.receiving.map((r) => r.unit)).toEqual(["HN-BD-TB"]);
    expect(f.units.map((u) => u.code)).toContain("HN-BD-TB");
    expect(f.units.every((u) => u.code.startsWith("HN-BD-TB"))).toBe(true);
    // A district leader sees the wards below the district
    const district = await dashboardFigures(t.db, {
      principal: officialIn("HN-BD", ["leader"]),
      now: LATER,
      input: MARCH,
    });
    expect(district.scope).toBe("units");
    expect(district.receiving.map((r) => r.unit)).toEqual(
      expect.arrayContaining(["HN-BD-TB", "HN-BD-VP"]),
    );
    await expect(
      dashboardFigures(t.db, {
        principal: leader,
        now: LATER,
        input: { ...MARCH, unit: "HN-BD-VP" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The administrator sees every unit with dossiers, worst rate first
    const all = await dashboardFigures(t.db, { principal: admin, now: LATER, input: MARCH });
    const rates = all.receiving.map((r) => r.onTimeRate ?? 2);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(all.receiving.map((r) => r.unit)).toEqual(
      expect.arrayContaining(["HN-BD-TB", "HN-BD-VP", "HN-BD-CV"]),
    );
  });

  it("shows a supervisor every unit, or only the units they are tied to as supervisor", async () => {
    const everywhere: Principal = { ...admin, roles: ["supervisor"] };
    const all = await dashboardFigures(t.db, { principal: everywhere, now: LATER, input: MARCH });
    expect(all.scope).toBe("all");
    const tied: Principal = {
      ...everywhere,
      memberships: [
        { unit: "HN-BD-VP", roles: ["supervisor"], substituteFor: null, validTo: null },
      ],
    };
    const some = await dashboardFigures(t.db, { principal: tied, now: LATER, input: MARCH });
    expect(some.receiving.map((r) => r.unit)).toEqual(["HN-BD-VP"]);
  });

  it("rejects a period that ends before it starts", async () => {
    await expect(
      dashboardFigures(t.db, { principal: admin, input: { from: "2026-03-10", to: "2026-03-01" } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
