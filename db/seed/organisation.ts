/**
 * Builds the Hanoi demo organisation from the readable data in
 * `data/hanoi.ts` and upserts it. Upserts only write rows whose values
 * differ, so running the seed again changes nothing.
 */
import { isNull, sql } from "drizzle-orm";
import type { Organisation, OrgUnit } from "@/engine/model/types";
import type { Db } from "../client";
import { levels, units } from "../schema";
import {
  CITY_DEPARTMENTS,
  COMMUNE_AGENCIES,
  COMMUNES,
  DISTRICT_AGENCIES,
  DISTRICTS,
  HANOI,
  HANOI_LEVELS,
  type DistrictType,
} from "./data/hanoi";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The demo organisation, parents before children, names in NFC. */
export function hanoiOrganisation(): Organisation {
  const out: OrgUnit[] = [{ code: HANOI.code, name: HANOI.name, level: "city" }];
  for (const [code, name, kind] of CITY_DEPARTMENTS)
    out.push({ code, name, level: "city", kind, parent: HANOI.code });

  const typeOf = new Map<string, DistrictType>();
  for (const [code, type, name] of DISTRICTS) {
    typeOf.set(code, type);
    out.push({ code, name: `${capitalise(type)} ${name}`, level: "district", parent: HANOI.code });
    for (const [suffix, kind, agencyName] of DISTRICT_AGENCIES) {
      out.push({
        code: `${code}-${suffix}`,
        name: `${agencyName(type)} ${type} ${name}`,
        level: "district",
        kind,
        parent: code,
      });
    }
  }
  for (const [district, communes] of Object.entries(COMMUNES)) {
    if (!typeOf.has(district)) throw new Error(`communes listed for unknown district ${district}`);
    for (const [suffix, type, name] of communes) {
      const code = `${district}-${suffix}`;
      out.push({ code, name: `${type} ${name}`, level: "commune", parent: district });
      for (const [agencySuffix, kind, agencyName] of COMMUNE_AGENCIES) {
        out.push({
          code: `${code}-${agencySuffix}`,
          name: `${agencyName} ${type.toLowerCase()} ${name}`,
          level: "commune",
          kind,
          parent: code,
        });
      }
    }
  }
  return {
    levels: HANOI_LEVELS.map((l) => l.code),
    units: out.map((u) => ({ ...u, name: u.name.normalize("NFC") })),
  };
}

/** Upserts the configured levels (current rows, ranked top first). */
export async function upsertLevels(
  db: Db,
  list: readonly { code: string; name?: string | null }[],
): Promise<void> {
  if (list.length === 0) return;
  await db
    .insert(levels)
    .values(list.map((l, rank) => ({ code: l.code, name: l.name ?? null, rank })))
    .onConflictDoUpdate({
      target: levels.code,
      targetWhere: isNull(levels.retiredAt),
      set: { name: sql`excluded.name`, rank: sql`excluded.rank` },
      setWhere: sql`(${levels.name}, ${levels.rank}) is distinct from (excluded.name, excluded.rank)`,
    });
}

/**
 * Upserts units by code; `list` must have parents before children. Returns
 * how many rows were inserted or changed.
 */
export async function upsertUnits(db: Db, list: readonly OrgUnit[]): Promise<number> {
  let written = 0;
  // Batches keep each statement's parameter count far below PostgreSQL's 65,535 limit.
  for (let i = 0; i < list.length; i += 500) {
    const batch = list.slice(i, i + 500);
    const rows = await db
      .insert(units)
      .values(
        batch.map((u) => ({
          code: u.code,
          name: u.name,
          level: u.level,
          kind: u.kind ?? null,
          parentCode: u.parent ?? null,
        })),
      )
      .onConflictDoUpdate({
        target: units.code,
        set: {
          name: sql`excluded.name`,
          level: sql`excluded.level`,
          kind: sql`excluded.kind`,
          parentCode: sql`excluded.parent_code`,
          retiredAt: sql`null`,
        },
        setWhere: sql`(${units.name}, ${units.level}, ${units.kind}, ${units.parentCode}, ${units.retiredAt}) is distinct from (excluded.name, excluded.level, excluded.kind, excluded.parent_code, null)`,
      })
      .returning({ code: units.code });
    written += rows.length;
  }
  return written;
}

/** Seeds the Hanoi levels and units. */
export async function seedOrganisation(db: Db): Promise<{ units: number; written: number }> {
  const org = hanoiOrganisation();
  await upsertLevels(db, HANOI_LEVELS);
  const written = await upsertUnits(db, org.units);
  return { units: org.units.length, written };
}
