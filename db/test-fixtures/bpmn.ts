/**
 * Tiny zeebe-dialect BPMN models for db tests: a start event with a form,
 * one user task and an end event, with the process properties the catalogue
 * reads.
 */
export interface FixtureProcess {
  id: string;
  name: string;
  code?: string;
  level?: number;
  sla?: number;
  fee?: number;
  tier?: string;
  formId?: string;
}

const prop = (name: string, value: unknown) =>
  value === undefined ? "" : `<zeebe:property name="${name}" value="${String(value)}" />`;

/** BPMN XML for one process. */
export function fixtureBpmn(p: FixtureProcess): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Defs_${p.id}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${p.id}" name="${p.name}" isExecutable="true">
    <bpmn:extensionElements><zeebe:properties>${prop("code", p.code)}${prop("level", p.level)}${prop("sla", p.sla)}${prop("fee", p.fee)}</zeebe:properties></bpmn:extensionElements>
    <bpmn:startEvent id="Start">
      <bpmn:extensionElements><zeebe:formDefinition formId="${p.formId ?? "form-start"}" /></bpmn:extensionElements>
      <bpmn:outgoing>F1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_Review" name="Thẩm định">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition candidateGroups="specialist" />
        <zeebe:properties>${prop("tier", p.tier ?? "commune")}</zeebe:properties>
      </bpmn:extensionElements>
      <bpmn:incoming>F1</bpmn:incoming>
      <bpmn:outgoing>F2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Review" />
    <bpmn:sequenceFlow id="F2" sourceRef="Task_Review" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`;
}

/** A form-js schema with one required text field. */
export function fixtureForm(id: string): string {
  return JSON.stringify({
    id,
    type: "default",
    components: [
      { type: "textfield", key: "hoTen", label: "Họ và tên", validate: { required: true } },
    ],
  });
}
