/**
 * `npm run org:import -- <file.csv> [--json]`: imports organisation units
 * into the configured database (DATABASE_URL, else the embedded PGlite).
 * Exit 0 on success, 1 when rows are bad (nothing imported), 2 when the file
 * or database cannot be opened.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { closeDb, getDb } from "../client";
import { migrate } from "../migrate";
import { importUnitsCsv, type OrgImportSummary } from "../org-import";

function printPlain(file: string, s: OrgImportSummary): void {
  if (s.ok) {
    console.log(
      `${file}: ${s.rows} rows — ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged.`,
    );
    return;
  }
  console.error(`${file}: ${s.errors.length} problem(s); nothing was imported.`);
  for (const e of s.errors)
    console.error(`  line ${e.line}${e.code ? ` (${e.code})` : ""}: ${e.message}`);
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const file = argv.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error(
      "usage: npm run org:import -- <file.csv> [--json]\n  columns: code,name,level,kind,parent (header required)",
    );
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  try {
    const { db } = await getDb();
    await migrate(db);
    const summary = await importUnitsCsv(db, text, { source: path.basename(file) });
    if (json) console.log(JSON.stringify(summary, null, 2));
    else printPlain(file, summary);
    return summary.ok ? 0 : 1;
  } catch (error) {
    console.error(`import failed: ${(error as Error).message}`);
    return 2;
  } finally {
    await closeDb().catch(() => {});
  }
}

process.exitCode = await main(process.argv.slice(2));
