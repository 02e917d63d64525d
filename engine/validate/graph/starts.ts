/** A process needs a start, and at most one plain (none) start so the engine knows where a dossier begins. */
import type { ProcessModel, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";

export function startProblems(process: ProcessModel): Problem[] {
  const starts = (process.scopes[process.id]?.children ?? [])
    .map((id) => process.nodes[id])
    .filter((n) => n?.type === "startEvent");
  if (starts.length === 0) {
    return [
      error(
        "start-missing",
        process.id,
        `Process ${process.id} has no start event, so a dossier could never begin.`,
        `Quy trình ${process.id} không có sự kiện bắt đầu nên hồ sơ không bao giờ bắt đầu được.`,
      ),
    ];
  }
  const none = starts.filter((s) => (s?.event?.kind ?? "none") === "none");
  if (none.length > 1) {
    const ids = none.map((s) => s?.id).join(", ");
    return [
      error(
        "start-ambiguous",
        process.id,
        `Process ${process.id} has ${none.length} plain start events (${ids}); a filed dossier must begin at exactly one.`,
        `Quy trình ${process.id} có ${none.length} sự kiện bắt đầu không loại (${ids}); hồ sơ nộp vào phải bắt đầu tại đúng một sự kiện.`,
      ),
    ];
  }
  return [];
}
