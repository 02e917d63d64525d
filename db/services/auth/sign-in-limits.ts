/**
 * Sign-in throttling (ADR 0009): a sliding window over the failed attempts
 * stored in `sign_in_failures`. Stored in the database, not in memory, so it
 * holds across restarts and across several web processes.
 *
 * * Lockout: 5 failures for one username within 15 minutes lock that
 *   username for the rest of the window, whoever tries and from wherever,
 *   even with the right password. Unknown usernames are counted the same
 *   way, so a lock says nothing about whether the account exists.
 * * Rate limit: 30 failures from one IP address within 15 minutes stop that
 *   address (password spraying over many usernames).
 */
import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../../client";
import { signInFailures } from "../../schema";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 30;

/** The username as the limits count it. */
export const limitKey = (username: string) => username.trim().toLowerCase();

/** Whether this username or address is throttled at `now`. */
export async function isThrottled(
  db: Db,
  username: string,
  ip: string,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [byUser] = await db
    .select({ n: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.username, limitKey(username)), gt(signInFailures.at, since)));
  if ((byUser?.n ?? 0) >= MAX_FAILURES_PER_USERNAME) return true;
  const [byIp] = await db
    .select({ n: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.ip, ip), gt(signInFailures.at, since)));
  return (byIp?.n ?? 0) >= MAX_FAILURES_PER_IP;
}

/** Records one failed attempt and drops rows older than the window. */
export async function recordFailure(
  db: Db,
  username: string,
  ip: string,
  now: Date,
): Promise<void> {
  await db.insert(signInFailures).values({ username: limitKey(username), ip, at: now });
  await db
    .delete(signInFailures)
    .where(lt(signInFailures.at, new Date(now.getTime() - SIGN_IN_WINDOW_MS)));
}

/** Forgets a username's failures after a successful sign-in or a password reset. */
export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.username, limitKey(username)));
}
