/**
 * The web server for the Playwright suite: a production build (made once,
 * or again when sources changed) served by `next start` on E2E_PORT (3210)
 * over a fresh PGlite directory, so tests never share state with a dev DB.
 * The directory is migrated and seeded here and closed before Next opens it.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeTestP12 } from "../db/portal-documents/test-certificate";
import { buildIfStale } from "../scripts/lib/build";
import { prepareDb } from "../scripts/lib/prepare-db";
import { isPortFree, runNext } from "../scripts/lib/server";
import { e2ePort } from "./port";

async function main(): Promise<void> {
  if (!(await isPortFree(e2ePort))) {
    console.error(`e2e: port ${e2ePort} is already in use`);
    process.exit(1);
  }
  buildIfStale();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "mot-cua-e2e-"));
  const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
  // Results are signed with a throwaway certificate made for this run (never a committed secret).
  const passphrase = randomBytes(12).toString("base64url");
  const p12 = path.join(dataDir, "result-signing.p12");
  writeFileSync(p12, makeTestP12(passphrase), { mode: 0o600 });
  // PGlite in the temporary directory, whatever DATABASE_URL the shell has.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: "",
    PORT: String(e2ePort),
    // The accounts journeys sign in as this bootstrap admin (DESIGN.md §7) and read the
    // verification mail in the built-in catcher, which a production build keeps closed otherwise.
    BOOTSTRAP_ADMIN: "e2e-root:e2e-root-password",
    MAIL_CATCHER: "true",
    RESULT_SIGNING_P12: p12,
    RESULT_SIGNING_PASSPHRASE: passphrase,
  };
  try {
    await prepareDb(env);
  } catch (error) {
    cleanUp();
    throw error;
  }
  runNext(["start", "-p", String(e2ePort)], env, cleanUp);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
