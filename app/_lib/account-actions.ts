"use server";
/**
 * Sign-out in this browser and everywhere. Both end sessions on the server
 * (the `sessions` rows), then drop the cookie, so a copied cookie is useless.
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revokeAllSessions, revokeSession } from "@/db/services/auth/sessions";
import { assertCan } from "@/db/services/authz";
import { secureCookies } from "./auth-options";
import { appDb } from "./db";
import { currentPrincipal, currentSessionId } from "./session";

async function dropCookie(): Promise<void> {
  const jar = await cookies();
  const prefix = secureCookies() ? "__Secure-" : "";
  jar.delete(`${prefix}next-auth.session-token`);
}

/** Signs out of this browser. */
export async function signOutAction(): Promise<void> {
  const sid = await currentSessionId();
  if (sid) await revokeSession(await appDb(), sid);
  await dropCookie();
  redirect("/");
}

/** Ends every session of the signed-in user, on every device. */
export async function signOutEverywhereAction(): Promise<void> {
  const p = await currentPrincipal();
  if (p) {
    assertCan(p, "account.signOutEverywhere");
    const db = await appDb();
    await db.transaction((tx) =>
      revokeAllSessions(tx, p.userId, {
        actorId: p.userId,
        actorKind: p.roles.includes("admin")
          ? "admin"
          : p.roles.includes("citizen")
            ? "citizen"
            : "official",
      }),
    );
  }
  await dropCookie();
  redirect("/sign-in");
}
