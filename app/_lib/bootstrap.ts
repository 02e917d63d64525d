import "server-only";
import { ensureBootstrapAdmin as ensure } from "@/db/services/auth/bootstrap-admin";
import { appDb } from "./db";
import { appEnv } from "./env";

const globalForBoot = globalThis as unknown as { __motCuaBoot?: Promise<void> };

/**
 * Creates the `BOOTSTRAP_ADMIN` user once per process (DESIGN.md §7). Called
 * at server start (instrumentation.ts) and again before any sign-in, so a
 * failure at start does not leave the operator locked out.
 */
export function ensureBootstrapAdmin(): Promise<void> {
  if (!globalForBoot.__motCuaBoot) {
    const run = (async () => {
      const spec = appEnv().BOOTSTRAP_ADMIN;
      if (!spec) return;
      const created = await ensure(await appDb(), spec);
      if (created) console.log(`Bootstrap administrator "${spec.username}" created.`);
    })();
    run.catch((error: unknown) => {
      console.error("BOOTSTRAP_ADMIN failed:", error);
      if (globalForBoot.__motCuaBoot === run) globalForBoot.__motCuaBoot = undefined;
    });
    globalForBoot.__motCuaBoot = run;
  }
  return globalForBoot.__motCuaBoot;
}
