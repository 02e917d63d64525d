import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dossiers, outbox, payments, resultDocuments } from "../schema";
import { PAYMENT_BPMN } from "../test-fixtures/store-bpmn";
import { describeOnBothDatabases } from "../testing";
import { admin, historyOf, publishRaw, setupOrganisation, submitAs } from "../store/test-support";
import { drain } from "../worker/in-process";
import { recordPayment } from "./record-payment";

describeOnBothDatabases("recordPayment", (t) => {
  beforeAll(async () => {
    await setupOrganisation(t.db);
    await publishRaw(t.db, PAYMENT_BPMN, []);
  });

  it("waits for payment (DVCQG 6); the payment completes it and the worker issues the result (DVCQG 10)", async () => {
    const d = await submitAs(t.db, "Store_Payment", {});
    expect(d.status).toBe("payment");
    const integration = {
      kind: "integration" as const,
      id: (await admin(t.db)).id,
      scopes: ["payments"],
    };
    const out = await recordPayment(t.db, {
      actor: integration,
      input: {
        code: d.code,
        amount: 50000,
        provider: "vietqr",
        reference: "T1",
        idempotencyKey: "p",
      },
    });
    expect(out.status).not.toBe("payment");
    const again = await recordPayment(t.db, {
      actor: integration,
      input: {
        code: d.code,
        amount: 50000,
        provider: "vietqr",
        reference: "T1",
        idempotencyKey: "p",
      },
    });
    expect(again).toEqual(out);
    expect(await t.db.select().from(payments).where(eq(payments.dossierId, d.id))).toHaveLength(1);
    await drain(t.db);
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d.id));
    expect(row).toMatchObject({ status: "returned", dvcqgStatus: 10 });
    expect(
      await t.db.select().from(resultDocuments).where(eq(resultDocuments.dossierId, d.id)),
    ).toHaveLength(1);
    const kinds = (await t.db.select().from(outbox).where(eq(outbox.dossierId, d.id))).map((o) => [
      o.kind,
      o.status,
    ]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["notify", "done"],
        ["issue-result", "done"],
        ["dossier-finished", "done"],
        ["dvcqg-sync", "done"],
      ]),
    );
    // notify is fire-and-forget inside the engine; issue-result is completed by the worker.
    expect((await historyOf(t.db, d.id)).map((h) => [h.action, h.elementId])).toEqual([
      ["dossier.submitted", null],
      ["payment.recorded", null],
      ["service.completed", "Task_Issue"],
    ]);
    await expect(
      recordPayment(t.db, {
        actor: integration,
        input: { code: d.code, amount: 1, provider: "x", idempotencyKey: "p2" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rejects a citizen (FORBIDDEN, no history row)", async () => {
    const d = await submitAs(t.db, "Store_Payment", {});
    await expect(
      recordPayment(t.db, {
        actor: d.citizen,
        input: { code: d.code, amount: 1, provider: "x", idempotencyKey: "p" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await historyOf(t.db, d.id)).toHaveLength(1);
  });
});
