/**
 * `npm run db:setup [-- --no-demo]`: migrates the configured database
 * (DATABASE_URL, else embedded PGlite) and seeds it, then prints the demo
 * logins. Safe to run on every start: both steps are idempotent.
 * `npm run db:migrate` runs it with `--migrate-only`.
 */
import { closeDb, getDb } from "../client";
import { migrate } from "../migrate";
import { seed } from "../seed";

async function main(argv: string[]): Promise<number> {
  try {
    const { db, driver } = await getDb();
    await migrate(db);
    console.log(`Database migrated (${driver}).`);
    if (argv.includes("--migrate-only")) return 0;
    const result = await seed(db, { demo: !argv.includes("--no-demo") });
    console.log(
      `Seeded: ${result.unitCount} units, ${result.written} rows written, procedures published: ${result.published.join(", ") || "none new"}.`,
    );
    for (const s of result.skipped)
      console.warn(`  not published: workflows/${s.file}: ${s.reason}`);
    if (result.accounts.length > 0) {
      console.log("DEMO DATA — demo accounts (never use in production):");
      for (const a of result.accounts)
        console.log(
          `  ${a.username.padEnd(22)} ${a.password}  ${a.roles.join(",")}${a.unit ? ` @ ${a.unit}` : ""}`,
        );
    }
    return 0;
  } catch (error) {
    console.error(`database setup failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await closeDb().catch(() => {});
  }
}

process.exitCode = await main(process.argv.slice(2));
