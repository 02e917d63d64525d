import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { dbEnv } from "./env";
import { migrate } from "./migrate";
import { appMeta } from "./schema";

describe("createDb with a PGlite directory", () => {
  const root = mkdtempSync(path.join(tmpdir(), "motcua-pglite-"));
  const dir = path.join(root, "pglite");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("refuses a directory another live process holds", async () => {
    // given a lock owned by a live process (our parent)
    writeFileSync(`${dir}.lock`, String(process.ppid));
    // when we open it, then we are told why
    await expect(createDb({ dataDir: dir })).rejects.toThrow(/in use by process/);
    rmSync(`${dir}.lock`);
  });

  it("persists data, takes over a stale lock and releases it on close", async () => {
    writeFileSync(`${dir}.lock`, "2147483646");
    const first = await createDb({ dataDir: dir });
    expect(first.driver).toBe("pglite");
    await migrate(first.db);
    await first.db.insert(appMeta).values({ key: "probe", value: { n: 1 } });
    await first.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);

    const again = await createDb({ dataDir: dir });
    const rows = await again.db.select().from(appMeta);
    await again.close();
    expect(rows).toEqual([expect.objectContaining({ key: "probe", value: { n: 1 } })]);
  });
});

describe("dbEnv", () => {
  it("treats empty strings as unset and rejects non-postgres URLs", () => {
    expect(dbEnv({ DATABASE_URL: "", CI: "true" })).toEqual({ CI: true });
    expect(() => dbEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });
});
