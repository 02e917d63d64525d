import "server-only";
/**
 * The API's dependencies in a running server: the app's database, a token
 * key derived from the session secret (one secret to keep, two separate
 * uses), the next-auth session cookie, and the per-process rate limit.
 */
import { createHmac } from "node:crypto";
import { decode } from "next-auth/jwt";
import { sessionUserId } from "@/db/services/auth/sessions";
import { secureCookies } from "../auth-options";
import { authSecret } from "../auth-secret";
import { appDb } from "../db";
import { appEnv } from "../env";
import type { ApiDeps } from "./handler";
import { memoryRateLimit, type RateLimit } from "./rate-limit";

let limit: RateLimit | undefined;

function cookie(req: Request, name: string): string | null {
  for (const part of (req.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** The key that signs API tokens, derived from the session secret. */
export function apiTokenKey(): string {
  return createHmac("sha256", authSecret()).update("api-token-v1").digest("base64url");
}

export async function apiDeps(): Promise<ApiDeps> {
  const db = await appDb();
  const secret = authSecret();
  limit ??= memoryRateLimit(appEnv().API_RATE_LIMIT);
  return {
    db,
    tokenKey: apiTokenKey(),
    limit,
    version: process.env.npm_package_version ?? "1",
    async sessionUser(req) {
      const token = cookie(req, `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`);
      if (!token) return null;
      try {
        const jwt = await decode({ token, secret });
        return typeof jwt?.sid === "string" ? sessionUserId(db, jwt.sid) : null;
      } catch {
        return null;
      }
    },
  };
}
