/** `zeebe:ioMapping`: every source is FEEL, every target a variable name. */
import type { FlowNode, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import { feelProblems } from "./feel";

export function ioMappingProblems(node: FlowNode): Problem[] {
  if (!node.ioMapping) return [];
  const out: Problem[] = [];
  const all = [
    ...node.ioMapping.inputs.map((m) => ({ ...m, dir: "input" })),
    ...node.ioMapping.outputs.map((m) => ({ ...m, dir: "output" })),
  ];
  for (const m of all) {
    if (m.target.trim() === "") {
      out.push(
        error(
          "io-mapping-invalid",
          node.id,
          `${node.id}: an ${m.dir} mapping has no target variable.`,
          `${node.id}: một ánh xạ ${m.dir === "input" ? "đầu vào" : "đầu ra"} chưa có biến đích.`,
        ),
      );
    }
    out.push(
      ...feelProblems(
        node.id,
        `${m.dir} mapping source`,
        `nguồn ánh xạ ${m.dir === "input" ? "đầu vào" : "đầu ra"}`,
        m.source,
      ),
    );
  }
  return out;
}
