import "server-only";
/**
 * Who is asking, for server components, server actions and route handlers.
 * Reads the next-auth cookie, checks its `sessions` row (ADR 0009) and loads
 * the user with their memberships in force. Cached per request.
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { loadPrincipal, type Principal } from "@/db/services/auth/principal";
import { sessionUserId } from "@/db/services/auth/sessions";
import { routeDecision, type ProtectedRoute } from "./route-access";
import { authSecret } from "./auth-secret";
import { secureCookies } from "./auth-options";
import { appDb } from "./db";

/** The session id (`sid`) in this request's cookie, if it is validly signed. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const name = `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
  const token = (await cookies()).get(name)?.value;
  if (!token) return null;
  try {
    const jwt = await decode({ token, secret: authSecret() });
    return typeof jwt?.sid === "string" ? jwt.sid : null;
  } catch {
    return null;
  }
});

/** The signed-in person, or null for an anonymous visitor or a revoked/expired session. */
export const currentPrincipal = cache(async (): Promise<Principal | null> => {
  const sid = await currentSessionId();
  if (!sid) return null;
  const db = await appDb();
  const userId = await sessionUserId(db, sid);
  return userId ? loadPrincipal(db, userId) : null;
});

/**
 * Page guard: the principal when it may open `route`; otherwise a redirect
 * to sign-in (anonymous, with `next` back here) or to /forbidden.
 */
export async function requireRoute(route: ProtectedRoute): Promise<Principal> {
  const p = await currentPrincipal();
  const decision = routeDecision(route, p);
  if (decision === "sign-in" || !p) redirect(`/sign-in?next=${encodeURIComponent(route)}`);
  if (decision === "forbidden") redirect("/forbidden");
  return p;
}
