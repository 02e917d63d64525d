import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { queryRows } from "../sql";
import { describeOnBothDatabases } from "../testing";

/**
 * Every column a command's update writes (db/store/statement.ts `dossierCte`,
 * db/store/dossiers.ts `stopDossier`). None may be indexed: the update is
 * then HOT and adds no index entries (ADR 0013).
 */
const WRITTEN_BY_COMMANDS = [
  "snapshot",
  "data",
  "version",
  "status",
  "dvcqg_status",
  "due_at",
  "due_date",
  "finished_at",
  "updated_at",
  "pause_started_at",
  "paused_ms",
  "supplement_count",
];

describeOnBothDatabases("dossiers schema", (t) => {
  it("indexes no column a command updates, so every command's update can be HOT", async () => {
    const indexes = await queryRows<{ name: string; def: string }>(
      t.db,
      sql`select indexname as name, indexdef as def from pg_indexes where tablename = 'dossiers'`,
    );
    expect(indexes.length).toBeGreaterThan(0);
    for (const { name, def } of indexes) {
      const indexed = def.slice(def.indexOf("("));
      for (const column of WRITTEN_BY_COMMANDS) {
        expect(indexed, `${name} indexes ${column}`).not.toMatch(new RegExp(`\\b${column}\\b`));
      }
    }
  });

  it("leaves room on each page for the next version of a row (fillfactor 75)", async () => {
    const [row] = await queryRows<{ options: string[] | null }>(
      t.db,
      sql`select reloptions as options from pg_class where relname = 'dossiers'`,
    );
    expect(row?.options).toContain("fillfactor=75");
  });
});
