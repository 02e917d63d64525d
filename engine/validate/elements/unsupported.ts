/** Elements the engine does not run (DESIGN.md §2): each is an error naming the element and saying why. */
import type { FlowNode, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ElementRule } from "../context";

const REASONS: Record<string, [en: string, vi: string]> = {
  "bpmn:ScriptTask": [
    "a script task never runs; no code from a model is executed",
    "nhiệm vụ kịch bản (script task) không bao giờ được chạy; máy không thực thi mã trong mô hình",
  ],
  "bpmn:BusinessRuleTask": [
    "business rule (DMN) tasks are not supported; use an exclusive gateway with FEEL conditions",
    "nhiệm vụ quy tắc nghiệp vụ (DMN) không được hỗ trợ; hãy dùng cổng loại trừ với điều kiện FEEL",
  ],
  "bpmn:ManualTask": [
    "a manual task is invisible to the engine; use a user task so an official can complete it",
    "nhiệm vụ thủ công máy không theo dõi được; hãy dùng nhiệm vụ người dùng để cán bộ hoàn thành",
  ],
  "bpmn:Task": [
    "a task without a type does nothing; make it a user, service, receive or send task",
    "nhiệm vụ chưa có loại thì không làm gì; hãy chọn nhiệm vụ người dùng, dịch vụ, nhận hoặc gửi",
  ],
  "bpmn:ComplexGateway": [
    "complex gateways are not supported; use exclusive, parallel or inclusive gateways",
    "cổng phức hợp không được hỗ trợ; hãy dùng cổng loại trừ, song song hoặc bao hàm",
  ],
  "bpmn:Transaction": [
    "transactions (with compensation) are not supported",
    "giao dịch (có bù trừ) không được hỗ trợ",
  ],
  "bpmn:AdHocSubProcess": [
    "ad-hoc subprocesses are not supported",
    "quy trình con tùy biến (ad-hoc) không được hỗ trợ",
  ],
};

export function unsupportedProblem(id: string | null, bpmnType: string): Problem {
  const [en, vi] = REASONS[bpmnType] ?? [
    `${bpmnType} is not supported by the engine`,
    `máy không hỗ trợ ${bpmnType}`,
  ];
  const who = id ?? bpmnType;
  return error(
    "unsupported-element",
    id,
    `${who} (${bpmnType}): ${en}.`,
    `${who} (${bpmnType}): ${vi}.`,
  );
}

export const unsupported: ElementRule = {
  type: "unsupported",
  validate: (node: FlowNode) => [unsupportedProblem(node.id, node.bpmnType)],
};
