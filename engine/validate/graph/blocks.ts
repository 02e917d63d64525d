/**
 * Gateway pairing (DESIGN.md §2): every parallel or inclusive split must be
 * closed by one join of the same kind, its branches disjoint until then and
 * the block entered only through its split. Pure and reused by the compiler,
 * which turns each block into a parallel state.
 *
 * A task or event with several outgoing flows is an implicit parallel split
 * (validate warns "use a gateway"); it is paired like a parallel gateway and
 * reported as a `parallel` block whose `split` is that task.
 */
import type { ProcessModel, Problem } from "@/engine/model/types";
import { scopeGraph, type SplitKind } from "./scope-graph";
import { walkBranch, type Walk } from "./blocks-walk";
import { pairingProblems } from "./blocks-problems";

export interface Block {
  kind: SplitKind;
  split: string;
  /** The matching join; null for a fork whose branches never meet and each end on their own. */
  join: string | null;
  /** First node id(s) of each branch: the target of each outgoing flow of the split, in flow order. */
  branches: string[][];
  /** The split's outgoing flow ids, parallel to `branches`. */
  flows: string[];
  /** Every node of each branch (nested blocks included), parallel to `branches`. */
  branchNodes: string[][];
}

type Result = { block: Block; nodes: string[] } | "failed";

/** Pairs the parallel/inclusive splits and joins of one scope (a process or subprocess id). */
export function analyseBlocks(
  process: ProcessModel,
  scopeId: string,
): { blocks: Block[]; problems: Problem[] } {
  const g = scopeGraph(process, scopeId);
  const results = new Map<string, Result>();
  const open = new Set<string>();
  const problems: Problem[] = [];
  const named = new Set<string>();

  const match = (split: string): Result | "open" => {
    const done = results.get(split);
    if (done) return done;
    if (open.has(split)) return "open";
    open.add(split);
    const result = pair(split);
    open.delete(split);
    results.set(split, result);
    return result;
  };
  const matcher = (split: string) => {
    const r = match(split);
    return r === "open" || r === "failed" ? r : { join: r.block.join, nodes: r.nodes };
  };

  for (const id of g.ids) if (g.splitKind(id) !== null) match(id);
  const blocks = [...results.values()].flatMap((r) => (r === "failed" ? [] : [r.block]));
  const closed = new Set(blocks.map((b) => b.join));
  for (const id of g.ids) {
    if (g.isJoin(id) && !closed.has(id) && !named.has(id))
      problems.push(...pairingProblems.unmatchedJoin(g, id));
  }
  return { blocks, problems };

  function pair(split: string): Result {
    const graph = g;
    const kind = graph.splitKind(split) as SplitKind;
    const edges = graph.out(split).filter((e) => e.flow !== null);
    const walks: Walk[] = edges.map((e) =>
      walkBranch(graph, { id: e.to, flow: e.flow, from: split, detached: false }, matcher),
    );
    // Boundary paths of an implicit-split task leave the task, not a branch: they must not reach the join.
    const side = graph
      .out(split)
      .filter((e) => e.flow === null)
      .map((e) =>
        walkBranch(graph, { id: e.to, flow: null, from: split, detached: true }, matcher),
      );
    if ([...walks, ...side].some((w) => w.nestedFailed)) return "failed";
    const found = pairingProblems.evaluate(graph, split, kind, walks, side);
    for (const id of found.named) named.add(id);
    if (found.problems.length > 0 || (found.join === null && !found.joinless)) {
      problems.push(...found.problems);
      return "failed";
    }
    const branchNodes = walks.map((w) => [...w.nodes]);
    const block: Block = {
      kind,
      split,
      join: found.join,
      branches: edges.map((e) => [e.to]),
      flows: edges.map((e) => e.flow as string),
      branchNodes,
    };
    const nodes = new Set([...branchNodes.flat(), ...side.flatMap((w) => [...w.nodes])]);
    return { block, nodes: [...nodes] };
  }
}
