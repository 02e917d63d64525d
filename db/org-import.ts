/**
 * Imports organisation units from a CSV file (`npm run org:import`): checks
 * every row first and imports nothing if any row is bad; otherwise upserts
 * all rows and writes one audit row, in one transaction.
 */
import { asc, isNull } from "drizzle-orm";
import type { Db } from "./client";
import {
  checkUnits,
  parentsFirst,
  parseUnitsCsv,
  type CsvProblem,
  type KnownUnit,
} from "./org-csv";
import { history, levels, units, type ActorKind } from "./schema";
import { upsertUnits } from "./seed/organisation";

export interface OrgImportSummary {
  ok: boolean;
  /** Data rows in the file. */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Every bad row, by line number; empty when `ok`. */
  errors: CsvProblem[];
}

export interface OrgImportOptions {
  /** Who imports (for the audit row); the CLI is `system`. */
  actor?: { id: string | null; kind: ActorKind };
  /** File name for the audit row. */
  source?: string;
}

/** Validates and imports `csvText`. Never partially imports. */
export async function importUnitsCsv(
  db: Db,
  csvText: string,
  opts: OrgImportOptions = {},
): Promise<OrgImportSummary> {
  const parsed = parseUnitsCsv(csvText);
  const empty = { rows: parsed.rows.length, created: 0, updated: 0, unchanged: 0 };

  return db.transaction(async (tx) => {
    const levelCodes = (
      await tx
        .select({ code: levels.code })
        .from(levels)
        .where(isNull(levels.retiredAt))
        .orderBy(asc(levels.rank))
    ).map((l) => l.code);
    const stored = await tx
      .select({
        code: units.code,
        name: units.name,
        level: units.level,
        kind: units.kind,
        parent: units.parentCode,
        retiredAt: units.retiredAt,
      })
      .from(units);
    const known = new Map<string, KnownUnit>(
      stored
        .filter((u) => u.retiredAt === null)
        .map((u) => [u.code, { level: u.level, parent: u.parent }]),
    );

    const errors = [...parsed.problems, ...checkUnits(parsed.rows, levelCodes, known)].sort(
      (a, b) => a.line - b.line,
    );
    if (errors.length > 0) return { ok: false, ...empty, errors };

    const before = new Map(stored.map((u) => [u.code, u]));
    let created = 0;
    let unchanged = 0;
    for (const r of parsed.rows) {
      const old = before.get(r.code);
      if (!old) created++;
      else if (
        old.name === r.name &&
        old.level === r.level &&
        old.kind === r.kind &&
        old.parent === r.parent &&
        old.retiredAt === null
      )
        unchanged++;
    }
    const ordered = parentsFirst(parsed.rows).map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      ...(r.kind ? { kind: r.kind } : {}),
      ...(r.parent ? { parent: r.parent } : {}),
    }));
    await upsertUnits(tx, ordered);
    const updated = parsed.rows.length - created - unchanged;
    if (created + updated > 0) {
      await tx.insert(history).values({
        actorId: opts.actor?.id ?? null,
        actorKind: opts.actor?.kind ?? "system",
        action: "org.imported",
        details: { source: opts.source ?? null, rows: parsed.rows.length, created, updated },
      });
    }
    return { ok: true, rows: parsed.rows.length, created, updated, unchanged, errors: [] };
  });
}
