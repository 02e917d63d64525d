/**
 * The portal's settings, read lazily and validated (like db/env.ts): where
 * uploads are kept, how large one may be, and the certificate that signs
 * electronic results. Empty strings count as unset.
 */
import path from "node:path";
import { z } from "zod";

export const PortalEnv = z.object({
  /** Outside the web root; default `<cwd>/.data/uploads`. */
  PORTAL_UPLOAD_DIR: z.string().trim().min(1).optional(),
  /** Largest upload in bytes (default 10 MiB). */
  PORTAL_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .max(100 * 1024 * 1024)
    .optional(),
  /** PKCS#12 file that signs electronic results; unset = results are issued unsigned. */
  RESULT_SIGNING_P12: z.string().trim().min(1).optional(),
  RESULT_SIGNING_PASSPHRASE: z.string().optional(),
  /** Public base URL printed in QR codes (default http://localhost:3000). */
  PUBLIC_BASE_URL: z.url().optional(),
  /** VietQR beneficiary: NAPAS bank BIN and account number. */
  VIETQR_BANK_BIN: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** `false` turns off the payment sandbox (production); on by default for demos. */
  PAYMENT_SANDBOX: z.enum(["true", "false"]).optional(),
  VIETQR_ACCOUNT: z
    .string()
    .regex(/^[0-9A-Za-z]{1,19}$/)
    .optional(),
});

export interface PortalConfig {
  uploadDir: string;
  maxUploadBytes: number;
  signing: { p12Path: string; passphrase: string } | null;
  publicBaseUrl: string;
  vietqr: { bankBin: string; account: string };
  paymentSandbox: boolean;
}

export function portalConfig(
  source: Record<string, string | undefined> = process.env,
): PortalConfig {
  const keys = Object.keys(PortalEnv.shape) as (keyof typeof PortalEnv.shape)[];
  const picked = Object.fromEntries(keys.map((k) => [k, source[k] === "" ? undefined : source[k]]));
  const parsed = PortalEnv.safeParse(picked);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid portal environment: ${why}`);
  }
  const e = parsed.data;
  return {
    // Read at run time only; the build must not trace the working directory.
    uploadDir: path.resolve(
      /*turbopackIgnore: true*/ e.PORTAL_UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads"),
    ),
    maxUploadBytes: e.PORTAL_MAX_UPLOAD_BYTES ?? 10 * 1024 * 1024,
    signing: e.RESULT_SIGNING_P12
      ? { p12Path: e.RESULT_SIGNING_P12, passphrase: e.RESULT_SIGNING_PASSPHRASE ?? "" }
      : null,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    // A demo beneficiary (Vietcombank's BIN); production sets its own.
    vietqr: {
      bankBin: e.VIETQR_BANK_BIN ?? "970436",
      account: e.VIETQR_ACCOUNT ?? "0011000000001",
    },
    paymentSandbox: e.PAYMENT_SANDBOX !== "false",
  };
}
