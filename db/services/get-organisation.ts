/**
 * The organisation in force at an instant (default: now) as the engine reads
 * it (DESIGN.md §3): configured levels top first, and every unit whose
 * `effective_from` has come and whose `retired_at` has not, parents before
 * children. A unit retired with a future date still routes until that date.
 */
import { and, asc, gt, isNull, lte, or } from "drizzle-orm";
import type { Organisation, OrgUnit } from "@/engine/model/types";
import type { Db } from "../client";
import { levels, units } from "../schema";

export async function getOrganisation(db: Db, at: Date = new Date()): Promise<Organisation> {
  const levelRows = await db
    .select({ code: levels.code })
    .from(levels)
    .where(
      and(lte(levels.effectiveFrom, at), or(isNull(levels.retiredAt), gt(levels.retiredAt, at))),
    )
    .orderBy(asc(levels.rank));
  const unitRows = await db
    .select({
      code: units.code,
      name: units.name,
      level: units.level,
      kind: units.kind,
      parent: units.parentCode,
    })
    .from(units)
    .where(and(lte(units.effectiveFrom, at), or(isNull(units.retiredAt), gt(units.retiredAt, at))))
    .orderBy(asc(units.code));

  const rank = new Map(levelRows.map((l, i) => [l.code, i]));
  const depth = (u: { level: string }) => rank.get(u.level) ?? Number.MAX_SAFE_INTEGER;
  const byCode = new Map(unitRows.map((u) => [u.code, u]));
  // Parents first: by level, then ancestors before descendants within a level (departments under the city).
  const ancestors = (code: string) => {
    let n = 0;
    for (let p = byCode.get(code)?.parent; p && n < byCode.size; p = byCode.get(p)?.parent) n++;
    return n;
  };
  const sorted = [...unitRows].sort(
    (a, b) =>
      depth(a) - depth(b) || ancestors(a.code) - ancestors(b.code) || (a.code < b.code ? -1 : 1),
  );

  return {
    levels: levelRows.map((l) => l.code),
    units: sorted.map((u): OrgUnit => ({
      code: u.code,
      name: u.name,
      level: u.level,
      ...(u.kind ? { kind: u.kind } : {}),
      ...(u.parent ? { parent: u.parent } : {}),
    })),
  };
}
