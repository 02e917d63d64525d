import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../client";
import { seedOrganisation } from "../seed/organisation";
import { migrate } from "../migrate";

const run = promisify(execFile);
const root = mkdtempSync(path.join(tmpdir(), "motcua-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, PGLITE_DIR: path.join(root, "pglite"), DATABASE_URL: "" };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "db/cli/org-import.ts", ...args],
      { env, cwd: process.cwd() },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run org:import", () => {
  it("imports the sample file into the embedded database, and refuses a bad file with line numbers (exit 1)", async () => {
    // given a database holding the Hanoi organisation
    const handle = await createDb({ dataDir: path.join(root, "pglite") });
    await migrate(handle.db);
    await seedOrganisation(handle.db);
    await handle.close();

    const good = await cli("db/seed/data/sample-units.csv", "--json");
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, rows: 8, created: 8 });

    const bad = path.join(root, "bad.csv");
    writeFileSync(bad, "code,name,level,kind,parent\nX-1,Xã,commune,,NOWHERE\n");
    const refused = await cli(bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 2 \(X-1\): unknown parent NOWHERE/);
  }, 120_000); // three processes each open PGlite (a few seconds each on a busy 2-core machine)
});
