/**
 * Checks a username and password for sign-in (next-auth's credentials
 * provider and `POST /api/v1/auth/token` call this). Unknown user, wrong
 * password, disabled account and unverified citizen email all give the same
 * UNAUTHENTICATED error after the same bcrypt work, so neither the answer
 * nor its timing tells whether an account exists (ADR 0009).
 */
import bcrypt from "bcryptjs";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { history, users } from "../../schema";
import { ServiceError } from "../errors";
import { clearFailures, isThrottled, recordFailure } from "./sign-in-limits";

export const Credentials = z.object({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
});
export type Credentials = z.infer<typeof Credentials>;

// A real bcrypt hash (of a random string) so unknown users cost what real ones do.
const DUMMY_HASH = "$2b$10$ZqBjegOM9cGJdYPehr1bGu0U2LDecglJWm6rt6Sa5qLLFfb/gOQGq";

/** Returns the user id for good credentials; throws UNAUTHENTICATED, RATE_LIMITED or VALIDATION. */
export async function verifyCredentials(
  db: Db,
  input: unknown,
  context: { ip: string; now?: Date },
): Promise<{ userId: string }> {
  const parsed = Credentials.safeParse(input);
  if (!parsed.success) throw new ServiceError("UNAUTHENTICATED", "bad credentials");
  const { username, password } = parsed.data;
  const now = context.now ?? new Date();
  if (await isThrottled(db, username, context.ip, now)) {
    // Same work as a real check, so a lock cannot be told apart by timing either.
    await bcrypt.compare(password, DUMMY_HASH);
    throw new ServiceError("RATE_LIMITED", "too many failed attempts, try again later");
  }
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()));
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  const usable =
    user && user.passwordHash && !user.disabled && (user.emailVerified || !isSelfRegistered(user));
  if (!ok || !usable) {
    await recordFailure(db, username, context.ip, now);
    throw new ServiceError("UNAUTHENTICATED", "bad credentials");
  }
  await clearFailures(db, username);
  await db.insert(history).values({
    actorId: user.id,
    actorKind: user.roles.includes("admin")
      ? "admin"
      : user.roles.includes("citizen")
        ? "citizen"
        : "official",
    action: "auth.signed_in",
    details: { ip: context.ip },
    at: now,
  });
  return { userId: user.id };
}

/** Citizens who registered themselves must verify their email first; accounts made by admins need not. */
function isSelfRegistered(user: { roles: string[]; email: string | null }): boolean {
  return user.roles.length === 1 && user.roles[0] === "citizen" && user.email !== null;
}
