"use server";

import { redirect } from "next/navigation";
import { appDb } from "@/app/_lib/db";
import { isServiceError } from "@/db/services/errors";
import { submitApplication } from "@/db/services/portal/submit-application";
import { citizenOrNull } from "../../../../_lib/portal";

/**
 * Submits the saved draft. The key was minted when the review page was
 * rendered, so a double click or a resent post files one dossier. An
 * invalid draft goes back to the form, where its errors are shown.
 */
export async function submitAction(form: FormData): Promise<void> {
  const procedure = String(form.get("procedure") ?? "");
  const idempotencyKey = String(form.get("idempotencyKey") ?? "");
  const base = `/thu-tuc/${encodeURIComponent(procedure)}/nop-ho-so`;
  const actor = await citizenOrNull();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(`${base}/xem-lai`)}`);
  let code: string;
  try {
    const out = await submitApplication(await appDb(), {
      actor,
      input: { procedure, idempotencyKey },
    });
    code = out.code;
  } catch (error) {
    if (isServiceError(error) && (error.code === "VALIDATION" || error.code === "NOT_FOUND"))
      redirect(`${base}?check=1`);
    throw error;
  }
  redirect(`/ho-so/${encodeURIComponent(code)}?moi=1`);
}
