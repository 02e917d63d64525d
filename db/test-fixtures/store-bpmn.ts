/**
 * Small zeebe-dialect models for the store tests: a parallel block, a
 * user task with an interrupting timer, and a payment + issue-result chain.
 * No forms, so any task data is accepted.
 */
const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">`;

const userTask = (id: string, extra = "") => `
    <bpmn:userTask id="${id}" name="${id}">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition candidateGroups="specialist,leader" />
        <zeebe:properties><zeebe:property name="tier" value="commune" /></zeebe:properties>
      </bpmn:extensionElements>${extra}
    </bpmn:userTask>`;

const service = (id: string, type: string) => `
    <bpmn:serviceTask id="${id}" name="${id}">
      <bpmn:extensionElements><zeebe:taskDefinition type="${type}" /></bpmn:extensionElements>
    </bpmn:serviceTask>`;

const flow = (id: string, from: string, to: string) =>
  `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`;

const proc = (id: string, body: string, sla = 1) => `${HEAD}
  <bpmn:process id="${id}" name="${id}" isExecutable="true">
    <bpmn:extensionElements><zeebe:properties><zeebe:property name="sla" value="${sla}" /></zeebe:properties></bpmn:extensionElements>
    <bpmn:startEvent id="Start" />${body}
  </bpmn:process>
</bpmn:definitions>`;

/** Start → fork → Task_A ∥ Task_B → join → Task_C → End. */
export const PARALLEL_BPMN = proc(
  "Store_Parallel",
  `
    <bpmn:parallelGateway id="Fork" />${userTask("Task_A")}${userTask("Task_B")}
    <bpmn:parallelGateway id="Join" />${userTask("Task_C")}
    <bpmn:endEvent id="End" />
    ${flow("f1", "Start", "Fork")}${flow("f2", "Fork", "Task_A")}${flow("f3", "Fork", "Task_B")}
    ${flow("f4", "Task_A", "Join")}${flow("f5", "Task_B", "Join")}${flow("f6", "Join", "Task_C")}${flow("f7", "Task_C", "End")}`,
);

/** Start → Fork → Task_1 … Task_n in parallel → Join → Task_C → End: many tasks of one dossier at once. */
export function fanOutBpmn(n: number): string {
  const ids = Array.from({ length: n }, (_, i) => `Task_${i + 1}`);
  return proc(
    "Store_FanOut",
    `<bpmn:parallelGateway id="Fork" />${ids.map((id) => userTask(id)).join("")}
    <bpmn:parallelGateway id="Join" />${userTask("Task_C")}
    <bpmn:endEvent id="End" />
    ${flow("f0", "Start", "Fork")}${ids.map((id) => flow(`in_${id}`, "Fork", id) + flow(`out_${id}`, id, "Join")).join("")}
    ${flow("fc", "Join", "Task_C")}${flow("fe", "Task_C", "End")}`,
  );
}

/** Start → Task_Wait (interrupting timer `duration` → End_Late) → End_Done. */
export function timerBpmn(duration = "PT1H"): string {
  return proc(
    "Store_Timer",
    `${userTask("Task_Wait")}
    <bpmn:boundaryEvent id="Timer_Late" attachedToRef="Task_Wait" cancelActivity="true">
      <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${duration}</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:endEvent id="End_Done" /><bpmn:endEvent id="End_Late" />
    ${flow("f1", "Start", "Task_Wait")}${flow("f2", "Task_Wait", "End_Done")}${flow("f3", "Timer_Late", "End_Late")}`,
  );
}

/** Start → Task_Pay (payment) → Task_Notify (notify) → Task_Issue (issue-result) → End. */
export const PAYMENT_BPMN = proc(
  "Store_Payment",
  `${service("Task_Pay", "payment")}${service("Task_Notify", "notify")}${service("Task_Issue", "issue-result")}
    <bpmn:endEvent id="End" />
    ${flow("f1", "Start", "Task_Pay")}${flow("f2", "Task_Pay", "Task_Notify")}${flow("f3", "Task_Notify", "Task_Issue")}${flow("f4", "Task_Issue", "End")}`,
);

/** Start → Task_Archive (district tier, agency `archive`: no such unit until a test adds one) → End. */
export const UNROUTABLE_BPMN = proc(
  "Store_Unroutable",
  `
    <bpmn:userTask id="Task_Archive" name="Task_Archive">
      <bpmn:extensionElements>
        <zeebe:assignmentDefinition candidateGroups="specialist" />
        <zeebe:properties><zeebe:property name="tier" value="district" /><zeebe:property name="agency" value="archive" /></zeebe:properties>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:endEvent id="End" />
    ${flow("f1", "Start", "Task_Archive")}${flow("f2", "Task_Archive", "End")}`,
);

/** Start → Task_Tax (external type `tax-check`, another system completes it) → Task_C → End. */
export const EXTERNAL_BPMN = proc(
  "Store_External",
  `${service("Task_Tax", "tax-check")}${userTask("Task_C")}
    <bpmn:endEvent id="End" />
    ${flow("f1", "Start", "Task_Tax")}${flow("f2", "Task_Tax", "Task_C")}${flow("f3", "Task_C", "End")}`,
);
