import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { procedureVersions } from "../schema";
import { describeOnBothDatabases } from "../testing";
import { designer, official, openTaskOf, setupOrganisation, submitAs } from "../store/test-support";
import { completeTask } from "./complete-task";
import { publishProcedure } from "./publish-procedure";

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">`;
const task = (id: string) => `<bpmn:userTask id="${id}" name="${id}"><bpmn:extensionElements>
  <zeebe:assignmentDefinition candidateGroups="specialist" />
  <zeebe:properties><zeebe:property name="tier" value="commune" /></zeebe:properties>
</bpmn:extensionElements></bpmn:userTask>`;

/** A procedure of its own that other procedures call (e.g. a shared verification step). */
const child = (taskId: string) => `${HEAD}
  <bpmn:process id="Shared_Verify" name="Xác minh dùng chung" isExecutable="true">
    <bpmn:startEvent id="S" />${task(taskId)}<bpmn:endEvent id="E" />
    <bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="${taskId}" />
    <bpmn:sequenceFlow id="f2" sourceRef="${taskId}" targetRef="E" />
  </bpmn:process>
</bpmn:definitions>`;

const parent = (called = "Shared_Verify") => `${HEAD}
  <bpmn:process id="Uses_Shared" name="Thủ tục gọi quy trình dùng chung" isExecutable="true">
    <bpmn:startEvent id="S" />
    <bpmn:callActivity id="Call_Verify"><bpmn:extensionElements><zeebe:calledElement processId="${called}" /></bpmn:extensionElements></bpmn:callActivity>
    ${task("Task_After")}<bpmn:endEvent id="E" />
    <bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="Call_Verify" />
    <bpmn:sequenceFlow id="f2" sourceRef="Call_Verify" targetRef="Task_After" />
    <bpmn:sequenceFlow id="f3" sourceRef="Task_After" targetRef="E" />
  </bpmn:process>
</bpmn:definitions>`;

describeOnBothDatabases(
  "publishProcedure: call activities into other published procedures",
  (t) => {
    beforeAll(async () => {
      await setupOrganisation(t.db);
    });

    it("pins the called procedure's latest version; a later version of it never reaches the caller's dossiers", async () => {
      const actor = await designer(t.db);
      await expect(
        publishProcedure(t.db, { actor, input: { bpmn: parent("Not_Published") } }),
      ).rejects.toMatchObject({
        code: "VALIDATION",
        details: [expect.objectContaining({ id: "Call_Verify" })],
      });
      await publishProcedure(t.db, { actor, input: { bpmn: child("Task_Verify") } });
      expect(await publishProcedure(t.db, { actor, input: { bpmn: parent() } })).toEqual({
        id: "Uses_Shared",
        version: 1,
      });
      const [row] = await t.db
        .select()
        .from(procedureVersions)
        .where(eq(procedureVersions.procedureId, "Uses_Shared"));
      expect(row!.calls).toEqual([{ id: "Shared_Verify", version: 1 }]);

      // The shared procedure moves on to version 2 with another step.
      await publishProcedure(t.db, { actor, input: { bpmn: child("Task_Verify_V2") } });
      const spec = await official(t.db, "HN-BD-PX", ["specialist"]);
      const d = await submitAs(t.db, "Uses_Shared", {});
      const verify = await openTaskOf(t.db, d.id, "Task_Verify");
      const out = await completeTask(t.db, {
        actor: spec,
        input: { taskId: verify.id, idempotencyKey: "v" },
      });
      expect(out.dossier.openTasks.map((x) => x.element)).toEqual(["Task_After"]);

      // Publishing the caller again pins the new version.
      expect(await publishProcedure(t.db, { actor, input: { bpmn: parent() } })).toEqual({
        id: "Uses_Shared",
        version: 2,
      });
      const d2 = await submitAs(t.db, "Uses_Shared", {});
      await expect(openTaskOf(t.db, d2.id, "Task_Verify_V2")).resolves.toMatchObject({
        elementId: "Task_Verify_V2",
      });
    });
  },
);
