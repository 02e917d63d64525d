import "server-only";
/**
 * The secret that signs session cookies (ADR 0009). `AUTH_SECRET` wins. A
 * production server on PostgreSQL (a real deployment) refuses to start
 * without it. A local run on the embedded database (demo, e2e) generates one
 * on first use and keeps it in `.data/auth-secret` (mode 0600, git-ignored),
 * so sessions survive restarts and no secret is ever committed.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { appEnv } from "./env";

let secret: string | undefined;

/** The session signing secret for this process. */
export function authSecret(): string {
  if (secret) return secret;
  const env = appEnv();
  if (env.AUTH_SECRET) return (secret = env.AUTH_SECRET);
  if (env.NODE_ENV === "production" && env.DATABASE_URL)
    throw new Error("AUTH_SECRET is required in production (at least 32 random characters)");
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (existsSync(file)) return (secret = readFileSync(file, "utf8").trim());
  mkdirSync(path.dirname(file), { recursive: true });
  const made = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, made, { mode: 0o600, flag: "wx" });
  } catch {
    // Another process wrote it first: use theirs.
    return (secret = readFileSync(file, "utf8").trim());
  }
  console.warn(`AUTH_SECRET not set: generated one for local use in ${file}`);
  return (secret = made);
}
