"use server";

import { redirect } from "next/navigation";
import { appDb } from "@/app/_lib/db";
import { isServiceError } from "@/db/services/errors";
import { confirmSandboxPayment } from "@/db/services/portal/confirm-sandbox-payment";
import { requestPostalDelivery } from "@/db/services/portal/request-postal-delivery";
import { withdrawDossier } from "@/db/services/withdraw-dossier";
import { citizenOrNull } from "../../_lib/portal";

const back = (code: string, note: string) => `/ho-so/${encodeURIComponent(code)}?${note}`;

/** The sandbox provider's "paid" button (demo and test environments). */
export async function payAction(form: FormData): Promise<void> {
  const code = String(form.get("code") ?? "");
  await confirmSandboxPayment(await appDb(), {
    actor: await citizenOrNull(),
    input: { code, idempotencyKey: String(form.get("idempotencyKey") ?? "") },
  });
  redirect(back(code, "paid=1"));
}

/** Asks for the paper result by post. */
export async function postalAction(form: FormData): Promise<void> {
  const code = String(form.get("code") ?? "");
  try {
    await requestPostalDelivery(await appDb(), {
      actor: await citizenOrNull(),
      input: { code, address: String(form.get("address") ?? "") },
    });
  } catch (error) {
    if (isServiceError(error) && error.code === "VALIDATION")
      redirect(back(code, "postal=invalid"));
    throw error;
  }
  redirect(back(code, "postal=1"));
}

/** The applicant withdraws the dossier (DVCQG 7); the key makes a resent post harmless. */
export async function withdrawAction(form: FormData): Promise<void> {
  const code = String(form.get("code") ?? "");
  const actor = await citizenOrNull();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(`/ho-so/${encodeURIComponent(code)}`)}`);
  const reason = String(form.get("reason") ?? "").trim();
  await withdrawDossier(await appDb(), {
    actor,
    input: {
      code,
      ...(reason ? { reason } : {}),
      idempotencyKey: String(form.get("idempotencyKey") ?? ""),
    },
  });
  redirect(back(code, "withdrawn=1"));
}
