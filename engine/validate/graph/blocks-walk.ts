/**
 * Walks one branch of a split until it meets a join, an end or a loop.
 * Nested splits are matched first (through `match`) and skipped over from
 * their split to their join, so a branch sees only the joins of its own level.
 */
import type { ScopeGraph } from "./scope-graph";

export type Exit =
  | { kind: "join"; id: string; flow: string | null; detached: boolean }
  | { kind: "end"; id: string; how: "none" | "terminate" | "error" | "implicit"; detached: boolean }
  /** The path goes back into a split whose block is still open (the one being matched or an enclosing one). */
  | { kind: "reenter"; id: string; from: string };

export interface Walk {
  exits: Exit[];
  /** Every node on the branch, nested blocks (and their joins) included. */
  nodes: Set<string>;
  /** A nested split failed to pair: its own problem says why, so the caller reports nothing more. */
  nestedFailed: boolean;
}

/** A nested split's block: its join, or null when every branch of it ends on its own. */
export type Matcher = (
  split: string,
) => { join: string | null; nodes: string[] } | "failed" | "open";

interface Item {
  id: string;
  flow: string | null;
  from: string;
  detached: boolean;
}

export function walkBranch(g: ScopeGraph, first: Item, match: Matcher): Walk {
  const walk: Walk = { exits: [], nodes: new Set(), nestedFailed: false };
  const stack: Item[] = [first];
  const push = (id: string, detached: boolean) => {
    for (const e of g.out(id))
      stack.push({ id: e.to, flow: e.flow, from: id, detached: detached || e.detached });
  };
  while (stack.length > 0) {
    const item = stack.pop() as Item;
    const { id, detached } = item;
    if (!g.node(id)) continue;
    if (g.isJoin(id)) {
      walk.exits.push({ kind: "join", id, flow: item.flow, detached });
      continue;
    }
    if (walk.nodes.has(id)) continue;
    let cur = id;
    // A split (or a join that splits again) is skipped over to its join.
    while (g.splitKind(cur) !== null) {
      const m = match(cur);
      if (m === "open") {
        walk.exits.push({ kind: "reenter", id: cur, from: item.from });
        break;
      }
      walk.nodes.add(cur);
      if (m === "failed") {
        walk.nestedFailed = true;
        break;
      }
      // Boundary events of an implicit-split activity are ways out of it as well.
      for (const e of g.out(cur))
        if (e.flow === null)
          stack.push({ id: e.to, flow: null, from: cur, detached: detached || e.detached });
      for (const n of m.nodes) walk.nodes.add(n);
      if (m.join === null) {
        // Every branch of the nested block ends: so does this path, where it forked.
        walk.exits.push({ kind: "end", id: cur, how: "none", detached });
        break;
      }
      cur = m.join;
      walk.nodes.add(cur);
      if (g.splitKind(cur) === null) push(cur, detached);
    }
    if (cur !== id || g.splitKind(id) !== null) continue;
    walk.nodes.add(id);
    const out = g.out(id);
    if (out.length === 0) {
      const n = g.node(id);
      const kind = n?.type === "endEvent" ? n.event?.kind : undefined;
      const how =
        kind === "terminate" || kind === "error"
          ? kind
          : n?.type === "endEvent"
            ? "none"
            : "implicit";
      walk.exits.push({ kind: "end", id, how, detached });
    } else push(id, detached);
  }
  return walk;
}
