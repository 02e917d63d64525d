"use server";
/** Citizen self-registration (wrapper around `registerCitizen`). */
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { field, runAction } from "@/app/_lib/action";
import { appEnv } from "@/app/_lib/env";
import type { FormState } from "@/app/_lib/form-state";
import { registerCitizen } from "@/db/services/auth/register-citizen";

/** The site's public origin: NEXTAUTH_URL when set, else the Host this request came to. */
async function origin(): Promise<string> {
  const configured = appEnv().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export async function registerAction(_s: FormState, f: FormData): Promise<FormState> {
  const t = await getTranslations("auth.mail");
  const base = await origin();
  return runAction(async ({ db }) => {
    const password = f.get("password");
    await registerCitizen(
      db,
      {
        username: field(f, "username"),
        name: field(f, "name"),
        email: field(f, "email"),
        password: typeof password === "string" ? password : "",
      },
      {
        link: (token) => `${base}/verify?token=${encodeURIComponent(token)}`,
        mail: { subject: t("verifySubject"), text: (link) => t("verifyText", { link }) },
      },
    );
    return "registered";
  });
}
