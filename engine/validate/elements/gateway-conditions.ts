/**
 * Shared by exclusive and inclusive gateways: with several outgoing flows the
 * engine decides by conditions, so each non-default flow needs one.
 */
import type { FlowNode, Problem } from "@/engine/model/types";
import { error, warning } from "@/engine/bpmn/problem";
import type { ValidationContext } from "../context";

export function gatewayConditionProblems(node: FlowNode, ctx: ValidationContext): Problem[] {
  const out: Problem[] = [];
  const flows = node.outgoing.map((id) => ctx.process.flows[id]).filter((f) => f !== undefined);
  if (node.default !== undefined && !node.outgoing.includes(node.default)) {
    out.push(
      error(
        "default-flow-invalid",
        node.id,
        `The default flow "${node.default}" of ${node.id} does not leave it.`,
        `Luồng mặc định "${node.default}" của ${node.id} không đi ra từ cổng này.`,
      ),
    );
  }
  const defaultFlow = flows.find((f) => f.id === node.default);
  if (defaultFlow?.condition !== undefined) {
    out.push(
      warning(
        "default-flow-conditional",
        defaultFlow.id,
        `Default flow ${defaultFlow.id} of ${node.id} has a condition; a default flow's condition is ignored.`,
        `Luồng mặc định ${defaultFlow.id} của ${node.id} có điều kiện; điều kiện của luồng mặc định bị bỏ qua.`,
      ),
    );
  }
  if (flows.length < 2) return out;
  const unconditional = flows.filter((f) => f.condition === undefined && f.id !== node.default);
  for (const f of unconditional) {
    out.push(
      error(
        "condition-missing",
        f.id,
        `Flow ${f.id} leaving gateway ${node.id} has no condition and is not the default flow, so the engine cannot decide when to take it.`,
        `Luồng ${f.id} đi ra từ cổng ${node.id} không có điều kiện và không phải luồng mặc định, nên máy không thể quyết định khi nào đi theo luồng này.`,
      ),
    );
  }
  if (unconditional.length === 0 && defaultFlow === undefined) {
    out.push(
      warning(
        "no-default-flow",
        node.id,
        `Gateway ${node.id} has no default flow: if every condition is false the dossier stops with an incident.`,
        `Cổng ${node.id} không có luồng mặc định: nếu mọi điều kiện đều sai, hồ sơ sẽ dừng với một sự cố.`,
      ),
    );
  }
  return out;
}
