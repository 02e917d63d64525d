import "server-only";
import { appEnv } from "./env";

/**
 * next-auth v4 builds its URLs from `NEXTAUTH_URL`, or from the request's
 * Host when `AUTH_TRUST_HOST` is set. A deployment sets `NEXTAUTH_URL`; a
 * local run on any port trusts the Host it was reached on. This is the one
 * place the app writes to `process.env`, because next-auth reads it there.
 */
export function trustHostUnlessUrlSet(): void {
  const env = appEnv();
  if (env.NEXTAUTH_URL || process.env.AUTH_TRUST_HOST) return;
  if (env.NODE_ENV === "production" && env.DATABASE_URL)
    console.warn("NEXTAUTH_URL is not set: links and redirects follow the request's Host header.");
  process.env.AUTH_TRUST_HOST = "true";
}
