/**
 * The sandbox payment provider confirms a fee as paid (demos and tests; off
 * when PAYMENT_SANDBOX=false). It acts as a payment integration would: the
 * payment is recorded through `recordPayment` (which completes the model's
 * `payment` task), then the `payment-confirmed` message is delivered when
 * the model waits for it. The applicant alone may press the sandbox button.
 */
import { z } from "zod";
import type { Db } from "../../client";
import { paymentProvider } from "../../portal-payments/provider";
import { dossierByCode } from "../../store/dossiers";
import type { Actor } from "../actor";
import { deliverMessage } from "../deliver-message";
import { ServiceError, isServiceError } from "../errors";
import { parseInput } from "../parse";
import { recordPayment } from "../record-payment";
import { asCitizen } from "./common";
import { getPortalDossier } from "./get-portal-dossier";

export const ConfirmSandboxPaymentInput = z.object({
  code: z.string().min(1).max(100),
  idempotencyKey: z.string().min(8).max(200),
});

export async function confirmSandboxPayment(
  db: Db,
  { actor, input, now }: { actor: Actor | null; input: unknown; now?: Date },
): Promise<{ code: string; status: string }> {
  const citizen = asCitizen(actor, "pay fees");
  if (!paymentProvider().request({ code: "x", amount: 0 }).selfConfirm)
    throw new ServiceError("FORBIDDEN", "the payment sandbox is off");
  const { code, idempotencyKey } = parseInput(ConfirmSandboxPaymentInput, input);
  const d = await dossierByCode(db, code);
  if (d.applicantId !== citizen.id)
    throw new ServiceError("FORBIDDEN", `dossier ${code} is not yours`);
  const page = await getPortalDossier(db, { actors: [citizen], input: { code } });
  const request = page.payment;
  // The sandbox stands in for the gateway's integration token, owned by the payer.
  const gateway: Actor = { kind: "integration", id: citizen.id, scopes: ["payments"] };
  const out = request
    ? await recordPayment(db, {
        actor: gateway,
        now,
        input: {
          code,
          amount: request.amount,
          provider: request.provider,
          reference: `${request.reference} ${idempotencyKey.slice(0, 8)}`,
          idempotencyKey,
        },
      })
    : null;
  try {
    const confirmed = await deliverMessage(db, {
      actor: gateway,
      now,
      input: {
        code,
        name: "payment-confirmed",
        data: { paymentConfirmed: true },
        idempotencyKey: `${idempotencyKey}:confirmed`,
      },
    });
    return { code, status: confirmed.status };
  } catch (error) {
    // Models whose payment task is the whole wait do not listen for the message.
    if (isServiceError(error) && error.code === "CONFLICT" && out)
      return { code, status: out.status };
    throw error;
  }
}
