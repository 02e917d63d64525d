import "server-only";
/**
 * next-auth v4 configuration (ADR 0009). The cookie holds a signed JWT whose
 * only claim of ours is `sid`, the id of a `sessions` row; `currentPrincipal`
 * checks that row on every request, so sign-out everywhere, disabling a user
 * and resetting a password take effect at once.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { linkExternalUser } from "@/db/services/auth/link-external-user";
import { openSession, revokeSession, SESSION_TTL_MS } from "@/db/services/auth/sessions";
import { verifyCredentials } from "@/db/services/auth/verify-credentials";
import { isServiceError } from "@/db/services/errors";
import { authSecret } from "./auth-secret";
import { appDb } from "./db";
import { ensureBootstrapAdmin } from "./bootstrap";
import { appEnv } from "./env";

/** Whether cookies must be `Secure` (the public URL is https). */
export function secureCookies(): boolean {
  return appEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return (first || (typeof real === "string" ? real : "") || "unknown").slice(0, 64);
}

/** The options for the route handler and for reading sessions. */
export function authOptions(): NextAuthOptions {
  const env = appEnv();
  const secure = secureCookies();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const db = await appDb();
        await ensureBootstrapAdmin();
        try {
          const { userId } = await verifyCredentials(db, credentials, {
            ip: clientIp(req?.headers as Record<string, unknown> | undefined),
          });
          const ua = (req?.headers as Record<string, unknown> | undefined)?.["user-agent"];
          const { sid } = await openSession(db, userId, {
            userAgent: typeof ua === "string" ? ua : null,
          });
          return { id: userId, sid };
        } catch (error) {
          if (isServiceError(error) && error.code === "RATE_LIMITED")
            throw new Error("RATE_LIMITED", { cause: error });
          if (isServiceError(error)) return null;
          throw error;
        }
      },
    }),
  ];
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME ?? "OpenID Connect",
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid profile email" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(p: { sub: string; name?: string; email?: string }) {
        return { id: p.sub, name: p.name ?? null, email: p.email ?? null };
      },
    });
  }
  return {
    secret: authSecret(),
    providers,
    session: { strategy: "jwt", maxAge: SESSION_TTL_MS / 1000 },
    useSecureCookies: secure,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    callbacks: {
      async jwt({ token, user, account, profile }) {
        if (user && "sid" in user && typeof user.sid === "string")
          return { sub: user.id, sid: user.sid };
        if (account?.provider === "oidc" && profile) {
          const db = await appDb();
          const p = profile as {
            sub?: string;
            name?: string;
            email?: string;
            email_verified?: boolean;
          };
          const userId = await linkExternalUser(db, {
            sub: p.sub ?? "",
            name: p.name ?? null,
            email: p.email ?? null,
            emailVerified: p.email_verified === true,
          });
          const { sid } = await openSession(db, userId);
          return { sub: userId, sid };
        }
        return token;
      },
      // The browser-visible session says nothing beyond "signed in"; pages ask the server.
      session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        const sid = (token as { sid?: unknown } | null)?.sid;
        if (typeof sid === "string") await revokeSession(await appDb(), sid);
      },
    },
  };
}
