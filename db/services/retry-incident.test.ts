import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { dossiers, incidents, outbox, tasks, units } from "../schema";
import { UNROUTABLE_BPMN } from "../test-fixtures/store-bpmn";
import { describeOnBothDatabases } from "../testing";
import {
  admin,
  historyOf,
  official,
  publishRaw,
  setupOrganisation,
  submitAs,
} from "../store/test-support";
import { invalidateEnvironment } from "../store/environment";
import { handlers } from "../worker/handlers";
import { MAX_ATTEMPTS } from "../worker/outbox";
import { runWorkerOnce } from "../worker/in-process";
import { retryIncident } from "./retry-incident";

let failing = true;
handlers["test-flaky"] = async () => {
  if (failing) throw new Error("gateway down");
};
afterAll(() => {
  delete handlers["test-flaky"];
});

describeOnBothDatabases("retryIncident", (t) => {
  beforeAll(async () => {
    await setupOrganisation(t.db);
    await publishRaw(t.db, UNROUTABLE_BPMN, []);
  });

  it("an effect that keeps failing becomes failed + incident; the operator's retry queues it again", async () => {
    failing = true;
    const [row] = await t.db
      .insert(outbox)
      .values({ kind: "test-flaky", payload: {}, attempts: MAX_ATTEMPTS - 1 })
      .returning();
    await runWorkerOnce(t.db, { log: () => {} });
    const [failed] = await t.db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(failed).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      lastError: "gateway down",
    });
    const [inc] = await t.db
      .select()
      .from(incidents)
      .where(eq(incidents.details, { outboxId: row!.id, kind: "test-flaky" }));
    expect(inc).toBeDefined();
    const a = await admin(t.db);
    await expect(
      retryIncident(t.db, {
        actor: await official(t.db, "HN-BD-PX", ["leader"]),
        input: { incidentId: inc!.id },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await retryIncident(t.db, { actor: a, input: { incidentId: inc!.id } })).toMatchObject({
      kind: "outbox",
    });
    failing = false;
    await runWorkerOnce(t.db, { log: () => {} });
    expect((await t.db.select().from(outbox).where(eq(outbox.id, row!.id)))[0]!.status).toBe(
      "done",
    );
    expect(
      (await historyOf(t.db, null)).filter((h) => h.action === "incident.retried"),
    ).toHaveLength(1);
  });

  it("a failing effect is retried with backoff before it gives up", async () => {
    failing = true;
    const [row] = await t.db.insert(outbox).values({ kind: "test-flaky", payload: {} }).returning();
    await runWorkerOnce(t.db, { log: () => {} });
    const [after] = await t.db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(after).toMatchObject({ status: "pending", attempts: 1 });
    expect(after!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("an unroutable task is an incident; after the unit is added, retry routes it", async () => {
    const d = await submitAs(t.db, "Store_Unroutable", {});
    expect(d.status).toBe("incident");
    const [task] = await t.db.select().from(tasks).where(eq(tasks.dossierId, d.id));
    expect(task!.unitCode).toBeNull();
    const [inc] = await t.db.select().from(incidents).where(eq(incidents.dossierId, d.id));
    await t.db.insert(units).values({
      code: "HN-BD-LT",
      name: "Lưu trữ",
      level: "district",
      kind: "archive",
      parentCode: "HN-BD",
    });
    invalidateEnvironment(t.db);
    const out = await retryIncident(t.db, {
      actor: await admin(t.db),
      input: { incidentId: inc!.id },
    });
    expect(out).toMatchObject({ kind: "engine", status: "submitted" });
    const open = await t.db.select().from(tasks).where(eq(tasks.dossierId, d.id));
    expect(open.some((x) => x.unitCode === "HN-BD-LT" && x.state === "open")).toBe(true);
    expect((await t.db.select().from(dossiers).where(eq(dossiers.id, d.id)))[0]!.status).toBe(
      "submitted",
    );
    expect(
      (await t.db.select().from(incidents).where(eq(incidents.id, inc!.id)))[0]!.resolvedAt,
    ).toBeInstanceOf(Date);
  });
});
