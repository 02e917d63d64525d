"use server";
/** Server actions of /admin/tokens: issue (the token is answered once) and revoke. */
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { field } from "@/app/_lib/action";
import { apiTokenKey } from "@/app/_lib/api/wiring";
import { appDb } from "@/app/_lib/db";
import { currentPrincipal } from "@/app/_lib/session";
import { issueIntegrationToken, revokeApiToken } from "@/db/services/auth/api-tokens";
import { isServiceError } from "@/db/services/errors";
import type { TokenFormState } from "./token-form-state";

export async function issueTokenAction(_s: TokenFormState, f: FormData): Promise<TokenFormState> {
  const t = await getTranslations("actions");
  const days = field(f, "expiresInDays");
  try {
    const out = await issueIntegrationToken(await appDb(), {
      actor: await currentPrincipal(),
      key: apiTokenKey(),
      input: {
        name: field(f, "name"),
        scopes: f.getAll("scopes").filter((v): v is string => typeof v === "string"),
        expiresInDays: days ? Number(days) : undefined,
      },
    });
    revalidatePath("/admin/tokens");
    return { status: "ok", token: out.token, at: Date.now() };
  } catch (error) {
    if (isServiceError(error)) {
      const fields: Record<string, string> = {};
      for (const d of error.details) if (d.field) fields[d.field.split(".")[0]!] = d.message;
      return { status: "error", message: t(`error.${error.code}`), fields, at: Date.now() };
    }
    const ref = randomUUID().slice(0, 8);
    console.error(`[action ${ref}]`, error);
    return { status: "error", message: t("error.unexpected", { ref }), fields: {}, at: Date.now() };
  }
}

export async function revokeTokenAction(f: FormData): Promise<void> {
  await revokeApiToken(await appDb(), {
    actor: await currentPrincipal(),
    input: { id: field(f, "id") },
  });
  revalidatePath("/admin/tokens");
}
