import "server-only";
/**
 * The one wrapper every server action goes through (STYLE.md §5): session →
 * the verb (which checks authorisation and parses its input with zod) →
 * ServiceError mapped to a message in the user's language. Unexpected
 * errors are logged with a reference id and shown as a generic message.
 */
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/db/client";
import type { Principal } from "@/db/services/auth/principal";
import { isServiceError } from "@/db/services/errors";
import { appDb } from "./db";
import type { FormState } from "./form-state";
import { currentPrincipal } from "./session";

/** Keys of the success messages under `actions.ok`. */
export type OkKey = "saved" | "unitCreated" | "userCreated" | "imported" | "registered";

export interface ActionContext {
  actor: Principal | null;
  db: Db;
}

/**
 * Runs `run` for a form submission. `run` returns the key of a success
 * message under `messages.actions.ok` (default `saved`). Paths in
 * `revalidate` are re-rendered afterwards.
 */
export async function runAction(
  run: (ctx: ActionContext) => Promise<OkKey | void>,
  opts: { revalidate?: string[] } = {},
): Promise<FormState> {
  const t = await getTranslations("actions");
  try {
    const okKey = await run({ actor: await currentPrincipal(), db: await appDb() });
    for (const path of opts.revalidate ?? []) revalidatePath(path);
    return { status: "ok", message: t(`ok.${okKey ?? "saved"}`), at: Date.now() };
  } catch (error) {
    if (isServiceError(error)) {
      const fields: Record<string, string> = {};
      for (const d of error.details) if (d.field) fields[d.field] = d.message;
      return { status: "error", message: t(`error.${error.code}`), fields, at: Date.now() };
    }
    const ref = randomUUID().slice(0, 8);
    console.error(`[action ${ref}]`, error);
    return { status: "error", message: t("error.unexpected", { ref }), fields: {}, at: Date.now() };
  }
}

/** A FormData field as a trimmed string ("" when missing). */
export function field(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v.trim() : "";
}

/** A comma/space separated list field, e.g. role codes. */
export function listField(form: FormData, name: string): string[] {
  return field(form, name)
    .split(/[\s,]+/)
    .filter(Boolean);
}
