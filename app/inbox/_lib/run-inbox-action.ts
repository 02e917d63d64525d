import "server-only";
/**
 * The inbox's action wrapper: like `runAction` (session → verb → errors in
 * the user's language) but with the inbox's own wording, so a CONFLICT
 * says what happened — someone else claimed or finished the task, the one
 * supplement or apology was already issued — instead of a generic clash.
 */
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/db/services/actor";
import { isServiceError, ServiceError } from "@/db/services/errors";
import { actorFromPrincipal } from "@/app/_lib/actor-from-session";
import { appDb } from "@/app/_lib/db";
import type { FormState } from "@/app/_lib/form-state";
import { currentPrincipal } from "@/app/_lib/session";
import type { Db } from "@/db/client";
import { errorKey } from "./error-key";

export type InboxOk =
  | "claimed"
  | "unclaimed"
  | "assigned"
  | "completed"
  | "supplement"
  | "refused"
  | "apologised"
  | "commented";

/**
 * Runs `run` as the signed-in official. Field errors come back keyed by
 * field; `fieldText` may reword them (e.g. the form validator's Vietnamese).
 * The task page is re-rendered after success and after a conflict, so the
 * official sees the state that won.
 */
export async function runInboxAction(
  ok: InboxOk,
  run: (ctx: { db: Db; actor: Actor }) => Promise<unknown>,
  opts: {
    revalidate?: string[];
    fieldText?: (fields: Record<string, string>) => Record<string, string>;
  } = {},
): Promise<FormState> {
  const t = await getTranslations("inbox");
  const refresh = () => {
    for (const path of opts.revalidate ?? []) revalidatePath(path);
  };
  try {
    const principal = await currentPrincipal();
    if (!principal) throw new ServiceError("UNAUTHENTICATED", "sign in first");
    const actor = actorFromPrincipal(principal, "official");
    if (!actor) throw new ServiceError("FORBIDDEN", "only officials work the inbox");
    await run({ db: await appDb(), actor });
    refresh();
    return { status: "ok", message: t(`ok.${ok}`), at: Date.now() };
  } catch (error) {
    if (isServiceError(error)) {
      if (error.code === "CONFLICT") refresh();
      const fields: Record<string, string> = {};
      for (const d of error.details) if (d.field) fields[d.field] = d.message;
      return {
        status: "error",
        message: t(`error.${errorKey(error)}`),
        fields: opts.fieldText ? opts.fieldText(fields) : fields,
        at: Date.now(),
      };
    }
    const ref = randomUUID().slice(0, 8);
    console.error(`[inbox action ${ref}]`, error);
    return { status: "error", message: t("error.unexpected", { ref }), fields: {}, at: Date.now() };
  }
}
