/** Sequence flows: both ends in the flow's scope, conditions valid FEEL and only where the engine reads them. */
import type { FlowNode, ProcessModel, Problem } from "@/engine/model/types";
import { error, warning } from "@/engine/bpmn/problem";
import { feelProblems } from "../checks/feel";

/** Only exclusive and inclusive gateways choose among flows by their conditions. */
const CONDITIONAL_SOURCES = new Set(["exclusiveGateway", "inclusiveGateway"]);

export function flowProblems(process: ProcessModel): Problem[] {
  const out: Problem[] = [];
  for (const flow of Object.values(process.flows)) {
    const source = process.nodes[flow.sourceRef];
    const target = process.nodes[flow.targetRef];
    if (!source || !target || source.parent !== flow.parent || target.parent !== flow.parent) {
      const missing = !source ? flow.sourceRef : !target ? flow.targetRef : null;
      out.push(
        missing
          ? error(
              "flow-endpoint-invalid",
              flow.id,
              `Sequence flow ${flow.id} connects to "${missing}", which is not a flow node.`,
              `Luồng ${flow.id} nối tới "${missing}", không phải một nút của quy trình.`,
            )
          : error(
              "flow-endpoint-invalid",
              flow.id,
              `Sequence flow ${flow.id} crosses the border of a subprocess (${flow.sourceRef} → ${flow.targetRef}); flows must stay inside one scope.`,
              `Luồng ${flow.id} vượt qua ranh giới quy trình con (${flow.sourceRef} → ${flow.targetRef}); luồng phải nằm trong một phạm vi.`,
            ),
      );
      continue;
    }
    if (flow.condition === undefined) continue;
    out.push(...feelProblems(flow.id, "condition", "điều kiện", flow.condition));
    if (!CONDITIONAL_SOURCES.has(source.type)) {
      out.push(
        error(
          "condition-ignored",
          flow.id,
          `Flow ${flow.id} has a condition but leaves ${source.id} (${source.type}); only exclusive and inclusive gateways evaluate conditions, so it would be ignored. Put a gateway after ${source.id}.`,
          `Luồng ${flow.id} có điều kiện nhưng đi ra từ ${source.id} (${source.type}); chỉ cổng loại trừ và cổng bao hàm mới xét điều kiện, nên điều kiện này sẽ bị bỏ qua. Hãy đặt một cổng sau ${source.id}.`,
        ),
      );
    }
  }
  for (const node of Object.values(process.nodes)) out.push(...implicitSplit(node, process));
  return out;
}

/** A task or event with several outgoing flows forks: allowed (paired as a parallel block) but a gateway says it clearly. */
function implicitSplit(node: FlowNode, process: ProcessModel): Problem[] {
  if (node.type.endsWith("Gateway") || node.type === "unsupported") return [];
  const plain = node.outgoing.filter(
    (f) => process.flows[f]?.condition === undefined && f !== node.default,
  );
  if (plain.length < 2) return [];
  return [
    warning(
      "implicit-split",
      node.id,
      `${node.id} has ${plain.length} outgoing flows, so all of them run in parallel; use a parallel gateway to make that visible.`,
      `${node.id} có ${plain.length} luồng đi ra nên tất cả chạy song song; hãy dùng cổng song song để thể hiện rõ điều đó.`,
    ),
  ];
}
