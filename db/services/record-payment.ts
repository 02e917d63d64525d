/**
 * A fee was paid (payment gateway callback, or an admin recording cash at
 * the desk): a `payments` row is written and the dossier's open `payment`
 * service task completes with the payment as its data. CONFLICT when no
 * payment is awaited.
 */
import { and, eq, notInArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../client";
import { payments, tasks } from "../schema";
import { runDossierCommand } from "../store/command";
import { dossierByCode } from "../store/dossiers";
import type { Actor } from "./actor";
import type { DossierAnswer } from "./deliver-supplement";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";
import { CLOSED_TASK_STATES } from "../store/tasks";

export const RecordPaymentInput = z.object({
  code: z.string().min(1).max(100),
  amount: z.number().int().nonnegative(),
  provider: z.string().min(1).max(50),
  reference: z.string().max(200).optional(),
  idempotencyKey: z.string().min(1).max(200),
});

export async function recordPayment(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<DossierAnswer> {
  const gateway = actor.kind === "integration" && actor.scopes.includes("payments");
  if (actor.kind !== "admin" && !gateway) {
    throw new ServiceError(
      "FORBIDDEN",
      "only admins and integrations with the payments scope record payments",
    );
  }
  const { code, amount, provider, reference, idempotencyKey } = parseInput(
    RecordPaymentInput,
    input,
  );
  const d = await dossierByCode(db, code);
  const at = now ?? new Date();
  const payment = { amount, provider, reference: reference ?? null, paidAt: at.toISOString() };
  return runDossierCommand(db, {
    dossierId: d.id,
    now,
    idempotency: { scope: `dossier.payment:${d.id}`, key: idempotencyKey },
    command: async (locked, tx) => {
      const [task] = await tx
        .select()
        .from(tasks)
        .where(
          and(
            eq(tasks.dossierId, locked.id),
            eq(tasks.taskType, "payment"),
            notInArray(tasks.state, CLOSED_TASK_STATES),
          ),
        )
        .limit(1);
      if (!task?.instanceKey)
        throw new ServiceError("CONFLICT", `dossier ${code} is not waiting for a payment`, [
          { id: code, message: locked.status },
        ]);
      return { type: "complete", task: task.instanceKey, data: { payment } };
    },
    after: async (tx) => {
      await tx.insert(payments).values({
        dossierId: d.id,
        amount,
        provider,
        status: "paid",
        reference: reference ?? null,
        paidAt: at,
      });
    },
    history: {
      actor,
      action: "payment.recorded",
      details: { amount, provider, reference: reference ?? null },
    },
    data: { payment },
    result: (w) => ({ code: w.code, status: w.status, version: w.version }),
  });
}
