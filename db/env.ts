/**
 * The one place db/ reads environment variables (STYLE.md "Naming and size").
 * Lazy on purpose: nothing is read at import time, so tests and scripts can
 * set variables before the first call, and a bad value fails where it is used.
 */
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((s) => /^postgres(ql)?:\/\//.test(s), "must be a postgres:// or postgresql:// URL");

/** Database-related settings, validated. Empty strings count as unset. */
export const DbEnv = z.object({
  /** Real PostgreSQL; when unset the embedded PGlite in `PGLITE_DIR` is used. */
  DATABASE_URL: postgresUrl.optional(),
  /** Where embedded PGlite keeps its files (default `./.data/pglite`). */
  PGLITE_DIR: z.string().trim().min(1).optional(),
  /** Admin URL of a PostgreSQL server on which tests may CREATE/DROP DATABASE. */
  TEST_DATABASE_URL: postgresUrl.optional(),
  /** Outgoing mail server (`smtp://` or `smtps://`); unset = mail is kept in `dev_mail` (ADR 0009). */
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  /** Sender of outgoing mail, e.g. `Một Cửa <no-reply@example.gov.vn>`. */
  MAIL_FROM: z.string().trim().min(3).optional(),
  /** `true` on CI: the PostgreSQL test variant must run, never skip. */
  CI: z
    .string()
    .optional()
    .transform((v) => v === "true" || v === "1"),
});
export type DbEnv = z.infer<typeof DbEnv>;

/** Reads and validates the database settings from `source` (default `process.env`). */
export function dbEnv(source: Record<string, string | undefined> = process.env): DbEnv {
  const picked = Object.fromEntries(
    (
      ["DATABASE_URL", "PGLITE_DIR", "TEST_DATABASE_URL", "CI", "SMTP_URL", "MAIL_FROM"] as const
    ).map((k) => [k, source[k] === "" ? undefined : source[k]]),
  );
  const parsed = DbEnv.safeParse(picked);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid database environment: ${why}`);
  }
  return parsed.data;
}
