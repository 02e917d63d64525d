/**
 * The current organisation as the engine reads it (DESIGN.md §3): configured
 * levels top first, and every unit not retired, parents before children.
 */
import { asc, isNull } from "drizzle-orm";
import type { Organisation, OrgUnit } from "@/engine/model/types";
import type { Db } from "../client";
import { levels, units } from "../schema";

export async function getOrganisation(db: Db): Promise<Organisation> {
  const levelRows = await db
    .select({ code: levels.code })
    .from(levels)
    .where(isNull(levels.retiredAt))
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
    .where(isNull(units.retiredAt))
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
