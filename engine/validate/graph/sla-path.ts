/**
 * The step SLAs (`sla` on tasks) along the longest path from start to end,
 * loops ignored and parallel branches counted by their longest one, against
 * the process's statutory `sla`. Exceeding it is advice, not an error: the
 * due date is the process's, whatever the steps add up to.
 */
import type { ProcessModel, Problem } from "@/engine/model/types";
import { warning } from "@/engine/bpmn/problem";

interface Longest {
  days: number;
  steps: string[];
}

const NUMBER = /^\d+(\.\d+)?$/;

export function slaProblems(process: ProcessModel): Problem[] {
  const limitText = process.properties.sla?.trim();
  if (!limitText || !NUMBER.test(limitText)) return [];
  const limit = Number(limitText);
  const best = longestPath(process, process.id);
  if (best.days <= limit + 1e-9) return [];
  const path = best.steps.join(" → ");
  const days = Math.round(best.days * 100) / 100;
  return [
    warning(
      "sla-exceeded",
      process.id,
      `The step SLAs along ${path} add up to ${days} working days, more than the process's ${limit}.`,
      `Tổng thời hạn các bước theo đường ${path} là ${days} ngày làm việc, vượt thời hạn ${limit} ngày của quy trình.`,
    ),
  ];
}

function stepDays(process: ProcessModel, id: string): Longest {
  const node = process.nodes[id];
  const own = node?.properties.sla?.trim();
  const days = own && NUMBER.test(own) ? Number(own) : 0;
  const inner =
    process.scopes[id] && !node?.triggeredByEvent
      ? longestPath(process, id)
      : { days: 0, steps: [] };
  if (inner.days > days) return inner;
  return { days, steps: days > 0 ? [`${id} (${days})`] : [] };
}

/** Longest SLA path through one scope, by a depth-first walk that skips edges back onto the current path. */
export function longestPath(process: ProcessModel, scopeId: string): Longest {
  const children = process.scopes[scopeId]?.children ?? [];
  const boundaries = new Map<string, string[]>();
  for (const id of children) {
    const n = process.nodes[id];
    if (n?.type === "boundaryEvent" && n.attachedTo)
      boundaries.set(n.attachedTo, [...(boundaries.get(n.attachedTo) ?? []), id]);
  }
  const memo = new Map<string, Longest>();
  const onPath = new Set<string>();
  const visit = (id: string): Longest => {
    const known = memo.get(id);
    if (known) return known;
    onPath.add(id);
    const node = process.nodes[id];
    const next = [
      ...(node?.outgoing ?? []).map((f) => process.flows[f]?.targetRef ?? ""),
      ...(boundaries.get(id) ?? []),
    ];
    let tail: Longest = { days: 0, steps: [] };
    for (const t of next) {
      if (!process.nodes[t] || onPath.has(t)) continue;
      const candidate = visit(t);
      if (candidate.days > tail.days) tail = candidate;
    }
    onPath.delete(id);
    const own = stepDays(process, id);
    const result = { days: own.days + tail.days, steps: [...own.steps, ...tail.steps] };
    memo.set(id, result);
    return result;
  };
  let best: Longest = { days: 0, steps: [] };
  for (const id of children) {
    if (process.nodes[id]?.type !== "startEvent") continue;
    const candidate = visit(id);
    if (candidate.days > best.days) best = candidate;
  }
  return best;
}
