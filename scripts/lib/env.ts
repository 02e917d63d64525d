/**
 * The settings the start, dev and test scripts read (db/env.ts has the
 * database ones). Lazy: nothing is read at import time.
 */
import { z } from "zod";

const flag = z
  .string()
  .optional()
  .transform((v) => v === "true" || v === "1");

export const ScriptEnv = z.object({
  /** Port for `next start` / `next dev`. */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** A Chromium binary for Playwright; else /usr/bin/chromium is tried. */
  CHROMIUM_PATH: z.string().trim().min(1).optional(),
  /** On CI, missing test prerequisites are failures, never skips. */
  CI: flag,
});
export type ScriptEnv = z.infer<typeof ScriptEnv>;

export function scriptEnv(source: Record<string, string | undefined> = process.env): ScriptEnv {
  const picked = Object.fromEntries(
    (["PORT", "CHROMIUM_PATH", "CI"] as const).map((k) => [
      k,
      source[k] === "" ? undefined : source[k],
    ]),
  );
  const parsed = ScriptEnv.safeParse(picked);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${why}`);
  }
  return parsed.data;
}
