/** Multi-instance on tasks and subprocesses: a collection or a cardinality, valid FEEL, paired outputs. */
import type { FlowNode, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import { isActivity } from "../context";
import { feelIfExpression, feelProblems } from "./feel";

export function multiInstanceProblems(node: FlowNode): Problem[] {
  const id = node.id;
  if (node.standardLoop) {
    return [
      error(
        "unsupported-element",
        id,
        `${id} uses a standard loop, which the engine does not run; use multi-instance or a gateway loop.`,
        `${id} dùng vòng lặp chuẩn (standard loop) mà máy không chạy; hãy dùng đa thể hiện (multi-instance) hoặc vòng lặp bằng cổng.`,
      ),
    ];
  }
  const mi = node.multiInstance;
  if (!mi) return [];
  if (!isActivity(node) || node.triggeredByEvent) {
    return [
      error(
        "multi-instance-invalid",
        id,
        `${id} is not a task or subprocess, so it cannot be multi-instance.`,
        `${id} không phải nhiệm vụ hay quy trình con nên không thể đa thể hiện.`,
      ),
    ];
  }
  const out: Problem[] = [];
  if (!mi.inputCollection && !mi.loopCardinality) {
    out.push(
      error(
        "multi-instance-invalid",
        id,
        `Multi-instance ${id} has neither an input collection nor a loop cardinality, so the engine cannot tell how many instances to start.`,
        `Đa thể hiện ${id} không có tập đầu vào (inputCollection) cũng không có số lần lặp, nên máy không biết cần tạo bao nhiêu thể hiện.`,
      ),
    );
  }
  if (mi.inputCollection)
    out.push(...feelProblems(id, "input collection", "tập đầu vào", mi.inputCollection));
  if (mi.loopCardinality && !/^\d+$/.test(mi.loopCardinality))
    out.push(...feelProblems(id, "loop cardinality", "số lần lặp", mi.loopCardinality));
  if (mi.completionCondition)
    out.push(
      ...feelProblems(id, "completion condition", "điều kiện hoàn thành", mi.completionCondition),
    );
  if (mi.outputElement)
    out.push(
      ...feelIfExpression(
        id,
        "output element",
        "phần tử đầu ra",
        mi.outputElement.startsWith("=") ? mi.outputElement : `=${mi.outputElement}`,
      ),
    );
  if (Boolean(mi.outputCollection) !== Boolean(mi.outputElement)) {
    out.push(
      error(
        "multi-instance-invalid",
        id,
        `Multi-instance ${id} must set both outputCollection and outputElement, or neither.`,
        `Đa thể hiện ${id} phải đặt cả outputCollection và outputElement, hoặc không đặt cả hai.`,
      ),
    );
  }
  return out;
}
