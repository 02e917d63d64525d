/**
 * The benchmark procedure: ten user tasks, three of them in a parallel
 * block (T1 → T2 → T3 → [T4 | T5 | T6] → T7 → … → T10). Plain BPMN that both
 * our engine and bpmn-engine run.
 */
const task = (id: string) =>
  `<bpmn:userTask id="${id}" name="${id}"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="specialist"/><zeebe:properties><zeebe:property name="tier" value="commune"/><zeebe:property name="sla" value="0.5"/></zeebe:properties></bpmn:extensionElements></bpmn:userTask>`;
const flow = (id: string, a: string, b: string) =>
  `<bpmn:sequenceFlow id="${id}" sourceRef="${a}" targetRef="${b}"/>`;

export const TASKS = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10"];

export const BENCH_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Defs_Bench" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Bench" name="Benchmark" isExecutable="true">
    <bpmn:extensionElements><zeebe:properties><zeebe:property name="sla" value="5"/></zeebe:properties></bpmn:extensionElements>
    <bpmn:startEvent id="S"/>
    ${TASKS.map(task).join("\n")}
    <bpmn:parallelGateway id="Fork"/><bpmn:parallelGateway id="Join"/>
    <bpmn:endEvent id="E"/>
    ${flow("f1", "S", "T1")}${flow("f2", "T1", "T2")}${flow("f3", "T2", "T3")}${flow("f4", "T3", "Fork")}
    ${flow("f5", "Fork", "T4")}${flow("f6", "Fork", "T5")}${flow("f7", "Fork", "T6")}
    ${flow("f8", "T4", "Join")}${flow("f9", "T5", "Join")}${flow("f10", "T6", "Join")}
    ${flow("f11", "Join", "T7")}${flow("f12", "T7", "T8")}${flow("f13", "T8", "T9")}${flow("f14", "T9", "T10")}${flow("f15", "T10", "E")}
  </bpmn:process>
</bpmn:definitions>`;
