import { createDb } from "@/db/client";
import { dbEnv } from "@/db/env";
import { migrate } from "@/db/migrate";
import { isDemoDatabase, seed, type DemoAccount } from "@/db/seed";
import { getOrganisation } from "@/db/services/get-organisation";

export interface PreparedDb {
  driver: string;
  /** What happened to the data: seeded now, demo data already there, or left alone. */
  data: "seeded" | "demo" | "own";
  /** The demo logins; set only when the database holds demo data. */
  demoAccounts: DemoAccount[] | null;
}

/**
 * Migrates the database the web server will use; seeds the demo data on an
 * empty one (and keeps a demo database's catalogue current); leaves a
 * database with its own organisation alone. Then CLOSES it: PGlite allows
 * one process per directory, and the web server opens it next.
 */
export async function prepareDb(
  env: Record<string, string | undefined> = process.env,
): Promise<PreparedDb> {
  const settings = dbEnv(env);
  const handle = await createDb({ url: settings.DATABASE_URL, dataDir: settings.PGLITE_DIR });
  try {
    await migrate(handle.db);
    const demo = await isDemoDatabase(handle.db);
    const empty = !demo && (await getOrganisation(handle.db)).units.length === 0;
    if (!demo && !empty) return { driver: handle.driver, data: "own", demoAccounts: null };
    const seeded = await seed(handle.db);
    for (const skipped of seeded.skipped) {
      console.warn(`Catalogue: ${skipped.file} not published: ${skipped.reason}`);
    }
    return {
      driver: handle.driver,
      data: empty ? "seeded" : "demo",
      demoAccounts: seeded.accounts,
    };
  } finally {
    await handle.close();
  }
}

/** The demo accounts as an aligned plain-text table. */
export function formatDemoAccounts(accounts: DemoAccount[]): string {
  const rows = accounts.map((a) => [a.username, a.password, a.roles.join(", "), a.unit ?? "—"]);
  const header = ["username", "password", "role", "unit"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
