/**
 * SHA-256 as the store keeps secrets and file fingerprints: session ids, API
 * tokens, e-mail tokens and tracking secrets are stored only as this hex
 * digest, so a leaked table does not hand out live credentials.
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Whether `secret` hashes to `hexDigest`, compared in constant time. */
export function matchesSha256(secret: string, hexDigest: string | null): boolean {
  if (!hexDigest) return false;
  const given = createHash("sha256").update(secret).digest();
  const kept = Buffer.from(hexDigest, "hex");
  return kept.length === given.length && timingSafeEqual(given, kept);
}
