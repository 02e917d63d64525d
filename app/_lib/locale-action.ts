"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { localeCookie, locales } from "@/i18n/locales";

const SetLocaleInput = z.object({ locale: z.enum(locales) });

/**
 * Remembers the visitor's language in a cookie for a year. Setting a cookie
 * in a server action makes Next re-render the current page, so the change
 * shows at once, `<html lang>` included.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = SetLocaleInput.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(localeCookie, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
}
