/**
 * Routing (DESIGN.md §3): a task with `tier=T` goes to the ancestor-or-self
 * of the dossier's jurisdiction at level T; with `agency=K` as well, to the
 * unit of kind K at or directly under that unit. Any number of levels.
 */
import type { Organisation, OrgUnit } from "../model/types";

export type RouteResult = { ok: true; unit: string } | { ok: false; reason: string };

interface OrgIndex {
  byCode: Map<string, OrgUnit>;
  children: Map<string, OrgUnit[]>;
  levels: Set<string>;
}

const indexes = new WeakMap<Organisation, OrgIndex>();

function indexOf(org: Organisation): OrgIndex {
  let idx = indexes.get(org);
  if (!idx) {
    const byCode = new Map(org.units.map((u) => [u.code, u]));
    const children = new Map<string, OrgUnit[]>();
    for (const u of org.units) {
      if (!u.parent) continue;
      const list = children.get(u.parent) ?? [];
      list.push(u);
      children.set(u.parent, list);
    }
    for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
    idx = { byCode, children, levels: new Set(org.levels) };
    indexes.set(org, idx);
  }
  return idx;
}

export function resolveUnit(
  org: Organisation,
  jurisdiction: string,
  tier: string | undefined,
  agency?: string,
): RouteResult {
  const idx = indexOf(org);
  const home = idx.byCode.get(jurisdiction);
  if (!home)
    return { ok: false, reason: `jurisdiction ${jurisdiction} is not a unit of the organisation` };
  if (!tier) return { ok: false, reason: "the task names no tier" };
  if (!idx.levels.has(tier))
    return {
      ok: false,
      reason: `tier ${tier} is not a level of the organisation (${org.levels.join(", ")})`,
    };
  let unit: OrgUnit | undefined = home;
  const seen = new Set<string>();
  while (unit && unit.level !== tier) {
    if (seen.has(unit.code))
      return { ok: false, reason: `the organisation has a cycle at ${unit.code}` };
    seen.add(unit.code);
    unit = unit.parent ? idx.byCode.get(unit.parent) : undefined;
  }
  if (!unit)
    return { ok: false, reason: `no unit at tier ${tier} above jurisdiction ${jurisdiction}` };
  if (!agency) return { ok: true, unit: unit.code };
  if (unit.kind === agency) return { ok: true, unit: unit.code };
  const match = (idx.children.get(unit.code) ?? []).find((c) => c.kind === agency);
  if (!match)
    return { ok: false, reason: `no unit of kind ${agency} at or directly under ${unit.code}` };
  return { ok: true, unit: match.code };
}
