/**
 * Test databases: a fresh, migrated, empty database per test file (STYLE.md
 * "Tests": no shared seeded DB). PGlite in memory always; real PostgreSQL
 * too when `TEST_DATABASE_URL` names a server where we may CREATE DATABASE.
 *
 *   describeOnBothDatabases("seed", (t) => {
 *     it("…", async () => { await seed(t.db); … });
 *   });
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, it } from "vitest";
import { createDb, type Db, type DbHandle, type Driver } from "./client";
import { dbEnv } from "./env";
import { migrate } from "./migrate";

/** A migrated, empty in-memory PGlite database. Close it in `afterAll`. */
export async function freshDb(): Promise<DbHandle> {
  const handle = await createDb({ dataDir: "memory://" });
  await migrate(handle.db);
  return handle;
}

/**
 * A migrated, empty, uniquely named database on the PostgreSQL server of
 * `adminUrl`; `close()` drops it again.
 */
export async function freshPostgresDb(
  adminUrl: string,
): Promise<DbHandle & { url: string; name: string }> {
  const name = `motcua_test_${process.pid}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  // Identifiers cannot be bound as parameters; this one is built from [a-z0-9_] only.
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), maxConnections: 5 });
  await migrate(handle.db);
  return {
    ...handle,
    url: url.toString(),
    name,
    close: async () => {
      await handle.close();
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}

/** What a suite body gets: the database of the current variant (valid inside hooks and tests). */
export interface TestDb {
  readonly db: Db;
  readonly driver: Driver;
}

/**
 * Runs the same suite on PGlite and, when `TEST_DATABASE_URL` is set, on a
 * fresh PostgreSQL database. On CI (`CI=true`) a missing
 * `TEST_DATABASE_URL` fails the PostgreSQL variant instead of skipping it.
 */
export function describeOnBothDatabases(name: string, body: (t: TestDb) => void): void {
  suiteOn(`${name} [pglite]`, "pglite", freshDb, body);

  const env = dbEnv();
  const adminUrl = env.TEST_DATABASE_URL;
  if (adminUrl) {
    suiteOn(`${name} [postgres]`, "postgres", () => freshPostgresDb(adminUrl), body);
  } else if (env.CI) {
    describe(`${name} [postgres]`, () => {
      it("runs on PostgreSQL", () => {
        const message =
          "CI=true but TEST_DATABASE_URL is not set: the PostgreSQL variant of the db tests cannot run.";
        console.error(`\n!!!!!!!! ${message} !!!!!!!!\n`);
        throw new Error(message);
      });
    });
  } else {
    describe.skip(`${name} [postgres] (set TEST_DATABASE_URL to run)`, () => {
      it("runs on PostgreSQL", () => {});
    });
  }
}

function suiteOn(
  title: string,
  driver: Driver,
  open: () => Promise<DbHandle>,
  body: (t: TestDb) => void,
): void {
  describe(title, () => {
    let handle: DbHandle | undefined;
    beforeAll(async () => {
      handle = await open();
    });
    afterAll(async () => {
      await handle?.close();
    });
    body({
      driver,
      get db() {
        if (!handle)
          throw new Error("the test database is not open yet (use it inside hooks and tests)");
        return handle.db;
      },
    });
  });
}
