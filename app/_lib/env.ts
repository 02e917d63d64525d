import "server-only";
/**
 * The one place app/ reads environment variables (STYLE.md). Lazy: nothing
 * is read at import time. next-auth itself also reads `NEXTAUTH_URL` and
 * `AUTH_TRUST_HOST`; they are validated here too.
 */
import { z } from "zod";
import { BootstrapAdmin } from "@/db/services/auth/bootstrap-admin";

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);
const opt = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional());

export const AppEnv = z
  .object({
    NODE_ENV: z.string().default("development"),
    /** Signs session cookies. Required in production on PostgreSQL; see auth-secret.ts. */
    AUTH_SECRET: opt(z.string().min(32, "AUTH_SECRET must be at least 32 characters")),
    /** Public URL of the site (https://…); decides secure cookies. */
    NEXTAUTH_URL: opt(z.url()),
    /** `username:password` of the first administrator (DESIGN.md §7). */
    BOOTSTRAP_ADMIN: opt(BootstrapAdmin),
    OIDC_ISSUER: opt(z.url()),
    OIDC_CLIENT_ID: opt(z.string().min(1)),
    OIDC_CLIENT_SECRET: opt(z.string().min(1)),
    /** Display name of the OpenID Connect button, e.g. "VNeID". */
    OIDC_NAME: opt(z.string().min(1).max(60)),
    /** smtp:// or smtps:// URL; unset = mail is kept in the dev mail box. */
    SMTP_URL: opt(z.string().regex(/^smtps?:\/\//, "must be smtp:// or smtps://")),
    MAIL_FROM: opt(z.string().min(3)),
    /** `true`: the /dev/mail catcher is open to everyone even in production (tests, demos). */
    MAIL_CATCHER: z.preprocess(blankToUndefined, z.enum(["true", "false", "1", "0"]).optional()),
    DATABASE_URL: opt(z.string()),
    /** Requests per minute one API caller (token, user or address) may make, per web process. */
    API_RATE_LIMIT: z.preprocess(
      blankToUndefined,
      z.coerce.number().int().min(1).max(1_000_000).default(1200),
    ),
  })
  .refine((e) => !e.OIDC_ISSUER || (e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET), {
    message: "OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
    path: ["OIDC_ISSUER"],
  });
export type AppEnv = z.infer<typeof AppEnv>;

let cached: AppEnv | undefined;

/** The validated settings (read once per process). Throws with every problem listed. */
export function appEnv(): AppEnv {
  if (cached) return cached;
  const parsed = AppEnv.safeParse(process.env);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${why}`);
  }
  cached = parsed.data;
  return cached;
}

/** Whether the mail catcher is open to visitors who are not admins. */
export function mailCatcherOpen(env: AppEnv = appEnv()): boolean {
  return env.NODE_ENV !== "production" || env.MAIL_CATCHER === "true" || env.MAIL_CATCHER === "1";
}
