/**
 * `seed(db)`: the Hanoi demo organisation, demo accounts and the shipped
 * procedure catalogue, in one transaction. Idempotent: a second run writes
 * nothing. Marks the database as demo data (`app_meta` key `demo`) so the
 * start script can say so.
 */
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { appMeta } from "../schema";
import { seedAccounts, type DemoAccount } from "./accounts";
import { loadCatalogue, publishCatalogue } from "./procedures";
import { seedDemoDossiers } from "./dossiers";
import { seedOrganisation } from "./organisation";

export type { DemoAccount } from "./accounts";

export interface SeedOptions {
  /** Demo accounts and the demo marker (default true). False seeds only the organisation and catalogue. */
  demo?: boolean;
  /** Publish `workflows/` (default true). */
  procedures?: boolean;
  /** Default `<cwd>/workflows`. */
  workflowsDir?: string;
  /** Demo dossiers submitted by the demo citizens (default true with `demo`). */
  dossiers?: boolean;
  /** bcrypt cost for demo passwords (default 10; tests use 4). */
  passwordCost?: number;
}

export interface SeedResult {
  /** Demo logins to print; empty when `demo` is false. */
  accounts: DemoAccount[];
  /** Rows inserted or changed by this run (0 on a repeat run). */
  written: number;
  unitCount: number;
  /** Procedures published by this run. */
  published: string[];
  /** Catalogue files not published, with why. */
  skipped: { file: string; reason: string }[];
}

export const DEMO_META_KEY = "demo";

/** Seeds the database; safe to run on every start. */
export async function seed(db: Db, opts: SeedOptions = {}): Promise<SeedResult> {
  const demo = opts.demo ?? true;
  // Files are read and parsed before the transaction so it stays short.
  const catalogue =
    opts.procedures === false
      ? { entries: [], skipped: [] }
      : await loadCatalogue(opts.workflowsDir ?? path.join(process.cwd(), "workflows"));

  const workflowsDir = opts.workflowsDir ?? path.join(process.cwd(), "workflows");
  const result = await db.transaction(async (tx) => {
    const org = await seedOrganisation(tx);
    let written = org.written;
    let accounts: DemoAccount[] = [];
    if (demo) {
      const seeded = await seedAccounts(tx, { passwordCost: opts.passwordCost });
      accounts = seeded.accounts;
      written += seeded.written;
      const marked = await tx
        .insert(appMeta)
        .values({
          key: DEMO_META_KEY,
          value: {
            demo: true,
            note: "Demo data: demo accounts share an obvious password. Never use in production.",
          },
        })
        .onConflictDoNothing()
        .returning({ key: appMeta.key });
      written += marked.length;
    }
    const published = await publishCatalogue(tx, catalogue.entries);
    written += published.length;
    return { accounts, written, unitCount: org.units, published, skipped: catalogue.skipped };
  });
  // After the commit: submitting runs the real verb, which opens its own transactions.
  if (demo && opts.procedures !== false && opts.dossiers !== false) {
    const dossiers = await seedDemoDossiers(db, { workflowsDir });
    for (const s of dossiers.skipped)
      result.skipped.push({ file: `demo dossier ${s.key}`, reason: s.reason });
  }
  return result;
}

/** True when the database holds the demo data set (the start script warns about it). */
export async function isDemoDatabase(db: Db): Promise<boolean> {
  const rows = await db
    .select({ key: appMeta.key })
    .from(appMeta)
    .where(eq(appMeta.key, DEMO_META_KEY))
    .limit(1);
  return rows.length > 0;
}
