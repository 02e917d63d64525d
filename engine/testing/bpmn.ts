/**
 * Terse BPMN for tests: elements and flows written as short XML inside one
 * process, wrapped in the zeebe-dialect boilerplate.
 */
export function procXml(
  inner: string,
  props: Record<string, string | number> = { sla: 3 },
  id = "P",
): string {
  const properties = Object.entries(props)
    .map(([k, v]) => `<zeebe:property name="${k}" value="${v}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Defs_${id}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${id}" name="Test ${id}" isExecutable="true">
    <bpmn:extensionElements><zeebe:properties>${properties}</zeebe:properties></bpmn:extensionElements>
    ${inner}
  </bpmn:process>
  <bpmn:message id="Msg_paid" name="payment-confirmed"/>
  <bpmn:message id="Msg_supp" name="supplement-submitted"/>
  <bpmn:message id="Msg_police" name="police-reply"/>
  <bpmn:error id="Err_reject" errorCode="REJECT"/>
</bpmn:definitions>`;
}

/** A user task routed to `tier` for `roles`, with optional extra zeebe properties. */
export function userTask(
  id: string,
  tier = "commune",
  roles = "specialist",
  props: Record<string, string | number> = {},
  extra = "",
): string {
  const p = Object.entries({ tier, ...props })
    .map(([k, v]) => `<zeebe:property name="${k}" value="${v}"/>`)
    .join("");
  return `<bpmn:userTask id="${id}" name="${id}"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="${roles}"/><zeebe:properties>${p}</zeebe:properties></bpmn:extensionElements>${extra}</bpmn:userTask>`;
}

export function flow(id: string, from: string, to: string, condition?: string): string {
  const cond = condition
    ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</bpmn:conditionExpression>`
    : "";
  return `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">${cond}</bpmn:sequenceFlow>`;
}

/** Flows `a → b → c …` named F1, F2, … after the given prefix. */
export function chain(prefix: string, ...ids: string[]): string {
  return ids
    .slice(1)
    .map((to, i) => flow(`${prefix}${i + 1}`, ids[i] as string, to))
    .join("\n");
}

export const ORG = {
  levels: ["city", "district", "commune"],
  units: [
    { code: "HN", name: "Thành phố Hà Nội", level: "city" },
    { code: "HN-STP", name: "Sở Tư pháp", level: "city", kind: "justice", parent: "HN" },
    { code: "HN-BD", name: "Quận Ba Đình", level: "district", parent: "HN" },
    {
      code: "HN-BD-VPDK",
      name: "Chi nhánh Văn phòng đăng ký đất đai",
      level: "district",
      kind: "land-office",
      parent: "HN-BD",
    },
    { code: "HN-BD-CCT", name: "Chi cục Thuế", level: "district", kind: "tax", parent: "HN-BD" },
    { code: "HN-BD-PX", name: "Phường Phúc Xá", level: "commune", parent: "HN-BD" },
  ],
};
