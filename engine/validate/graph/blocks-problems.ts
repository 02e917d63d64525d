/** Judges the walked branches of one split: which join closes it, and every way the block is not well formed. */
import type { Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ScopeGraph, SplitKind } from "./scope-graph";
import type { Walk } from "./blocks-walk";

const KIND_VI: Record<SplitKind, string> = { parallel: "song song", inclusive: "bao hàm" };

interface Verdict {
  join: string | null;
  /** No join, and rightly so: the branches never meet and each one ends (a fork without a join). */
  joinless?: boolean;
  problems: Problem[];
  /** Joins mentioned in the problems (so they are not reported again as unmatched). */
  named: string[];
}

/** Every branch only ends (no join, no loop back) and no two branches share a node. */
function endsApart(walks: Walk[]): boolean {
  if (!walks.every((w) => w.exits.length > 0 && w.exits.every((e) => e.kind === "end")))
    return false;
  const seen = new Set<string>();
  for (const w of walks) {
    for (const n of w.nodes) {
      if (seen.has(n)) return false;
      seen.add(n);
    }
  }
  return true;
}

function evaluate(
  g: ScopeGraph,
  split: string,
  kind: SplitKind,
  walks: Walk[],
  side: Walk[],
): Verdict {
  const out: Problem[] = [];
  const err = (code: string, en: string, vi: string) => out.push(error(code, split, en, vi));
  const first = (i: number) => g.out(split).filter((e) => e.flow !== null)[i]?.to ?? "?";
  for (const w of [...walks, ...side]) {
    for (const e of w.exits) {
      if (e.kind === "reenter")
        err(
          "gateway-not-paired",
          `A path inside the block of ${split} (from ${e.from}) loops back to ${e.id} before the block is closed by a join.`,
          `Một nhánh trong khối của ${split} (từ ${e.from}) quay lại ${e.id} trước khi khối được đóng bởi cổng hợp.`,
        );
      if (e.kind === "join" && e.detached)
        err(
          "gateway-side-path-joins",
          `A path from a non-interrupting boundary event inside the block of ${split} reaches join ${e.id}; it would give ${e.id} an extra token. End that path with its own end event.`,
          `Một nhánh từ sự kiện biên không ngắt trong khối của ${split} đi tới cổng hợp ${e.id}, làm ${e.id} nhận thừa một lượt. Hãy kết thúc nhánh đó bằng sự kiện kết thúc riêng.`,
        );
    }
  }
  const joins = [
    ...new Set(
      walks.flatMap((w) =>
        w.exits.flatMap((e) => (e.kind === "join" && !e.detached ? [e.id] : [])),
      ),
    ),
  ];
  if (joins.length === 0 && out.length === 0 && endsApart(walks))
    return { join: null, joinless: true, problems: [], named: [] };
  if (joins.length === 0) {
    err(
      "gateway-not-paired",
      `The ${kind} split ${split} has no matching join: its branches never meet. Add a ${kind} gateway where they meet again.`,
      `Cổng tách ${KIND_VI[kind]} ${split} không có cổng hợp tương ứng: các nhánh không bao giờ gặp lại nhau. Hãy thêm cổng ${KIND_VI[kind]} tại nơi các nhánh gặp lại.`,
    );
    return { join: null, problems: out, named: [] };
  }
  if (joins.length > 1) {
    err(
      "gateway-not-paired",
      `The branches of ${split} meet at different joins (${joins.join(", ")}): ${split} and ${joins.join(" / ")} do not pair up in a block.`,
      `Các nhánh của ${split} gặp nhau tại các cổng hợp khác nhau (${joins.join(", ")}): ${split} và ${joins.join(" / ")} không ghép thành một khối.`,
    );
    return { join: null, problems: out, named: joins };
  }
  const join = joins[0] as string;
  const joinKind: SplitKind = g.node(join)?.type === "inclusiveGateway" ? "inclusive" : "parallel";
  if (joinKind !== kind) {
    err(
      "gateway-not-paired",
      `${split} is a ${kind} split but its branches meet at ${join}, a ${joinKind} join; use the same kind of gateway for both.`,
      `${split} là cổng tách ${KIND_VI[kind]} nhưng các nhánh gặp nhau tại ${join} là cổng hợp ${KIND_VI[joinKind]}; hãy dùng cùng một loại cổng cho cả hai.`,
    );
  }
  walks.forEach((w, i) => {
    const reaches = w.exits.some((e) => e.kind === "join" && e.id === join && !e.detached);
    const early = w.exits.filter(
      (e) => e.kind === "end" && !e.detached && (e.how === "none" || e.how === "implicit"),
    );
    if (kind === "parallel" && !reaches)
      err(
        "gateway-not-paired",
        `The branch of ${split} starting at ${first(i)} never reaches the join ${join}, so ${join} would wait forever.`,
        `Nhánh của ${split} bắt đầu tại ${first(i)} không bao giờ tới cổng hợp ${join}, nên ${join} sẽ chờ mãi.`,
      );
    else if (kind === "parallel" && early.length > 0)
      err(
        "gateway-branch-ends",
        `The branch of ${split} starting at ${first(i)} can end at ${early.map((e) => e.id).join(", ")} before the join ${join}, which would then wait forever (use a terminate end event, or route it to ${join}).`,
        `Nhánh của ${split} bắt đầu tại ${first(i)} có thể kết thúc tại ${early.map((e) => e.id).join(", ")} trước cổng hợp ${join}, khiến ${join} chờ mãi (hãy dùng sự kiện kết thúc toàn bộ, hoặc dẫn nhánh tới ${join}).`,
      );
  });
  for (let i = 0; i < walks.length; i++) {
    for (let j = i + 1; j < walks.length; j++) {
      const shared = [...(walks[i]?.nodes ?? [])].filter((n) => walks[j]?.nodes.has(n));
      if (shared.length > 0)
        err(
          "gateway-branches-merge",
          `The branches of ${split} starting at ${first(i)} and ${first(j)} merge at ${shared[0]} before the join ${join}; the merged part would run twice.`,
          `Các nhánh của ${split} bắt đầu tại ${first(i)} và ${first(j)} nhập lại tại ${shared[0]} trước cổng hợp ${join}; phần nhập lại sẽ chạy hai lần.`,
        );
    }
  }
  const inside = new Set([...walks, ...side].flatMap((w) => [...w.nodes]));
  const perBranch = walks.map(() => 0);
  for (const [flow, source] of g.into(join)) {
    const branch =
      source === split
        ? g.out(split).findIndex((e) => e.flow === flow)
        : walks.findIndex((w) => w.nodes.has(source));
    if (branch >= 0) perBranch[branch] = (perBranch[branch] ?? 0) + 1;
    else if (!inside.has(source))
      err(
        "gateway-not-paired",
        `The join ${join} of ${split} also receives flow ${flow} from ${source}, outside the block ${split} … ${join}.`,
        `Cổng hợp ${join} của ${split} còn nhận luồng ${flow} từ ${source}, nằm ngoài khối ${split} … ${join}.`,
      );
  }
  if (kind === "parallel") {
    perBranch.forEach((count, i) => {
      if (count > 1)
        err(
          "gateway-branches-merge",
          `The branch of ${split} starting at ${first(i)} reaches the parallel join ${join} by ${count} flows, but only one of them is taken; ${join} would wait forever.`,
          `Nhánh của ${split} bắt đầu tại ${first(i)} tới cổng hợp song song ${join} bằng ${count} luồng nhưng chỉ một luồng được đi; ${join} sẽ chờ mãi.`,
        );
    });
  }
  for (const n of inside) {
    for (const [flow, source] of g.into(n)) {
      if (source !== split && !inside.has(source))
        err(
          "gateway-not-paired",
          `${n}, inside the block ${split} … ${join}, is also entered from outside it (flow ${flow} from ${source}).`,
          `${n} nằm trong khối ${split} … ${join} nhưng còn được đi vào từ bên ngoài (luồng ${flow} từ ${source}).`,
        );
    }
  }
  const unique = out.filter((p, i) => out.findIndex((q) => q.message === p.message) === i);
  return { join, problems: unique, named: [join] };
}

function unmatchedJoin(_g: ScopeGraph, join: string): Problem[] {
  return [
    error(
      "gateway-join-unmatched",
      join,
      `The join ${join} merges flows that were not split by a matching gateway of the same kind, so it would wait for tokens that never come.`,
      `Cổng hợp ${join} gộp các luồng không được tách bởi một cổng cùng loại tương ứng, nên nó sẽ chờ những lượt không bao giờ tới.`,
    ),
  ];
}

export const pairingProblems = { evaluate, unmatchedJoin };
