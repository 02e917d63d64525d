import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { history } from "./schema";
import { pgError, queryRows } from "./sql";
import { describeOnBothDatabases } from "./testing";

describeOnBothDatabases("migrations", (t) => {
  it("create every table of the schema", async () => {
    const rows = await queryRows<{ table_name: string }>(
      t.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = rows.map((r) => r.table_name);
    for (const table of [
      "units",
      "levels",
      "users",
      "memberships",
      "procedures",
      "procedure_versions",
      "dossiers",
      "tasks",
      "history",
      "timers",
      "outbox",
      "idempotency_keys",
      "app_meta",
    ]) {
      expect(names).toContain(table);
    }
  });

  it("make history append-only", async () => {
    // given a history row
    await t.db.insert(history).values({ actorKind: "system", action: "test.appended" });
    // when someone tries to rewrite or delete it, then the database refuses
    const refusal = (e: unknown) => pgError(e)?.message ?? "";
    expect(
      refusal(
        await t.db
          .update(history)
          .set({ action: "test.rewritten" })
          .catch((e: unknown) => e),
      ),
    ).toMatch(/append-only/);
    expect(refusal(await t.db.delete(history).catch((e: unknown) => e))).toMatch(/append-only/);
    const rows = await t.db.select().from(history);
    expect(rows.map((r) => r.action)).toEqual(["test.appended"]);
  });

  it("run transactions and roll them back on error", async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.insert(history).values({ actorKind: "system", action: "test.rolled-back" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const rows = await t.db.select().from(history);
    expect(rows.some((r) => r.action === "test.rolled-back")).toBe(false);
  });
});
