/**
 * Server-side session records behind the signed session cookie (ADR 0009).
 * The cookie (next-auth's JWT) carries only a random session id; every
 * request looks the row up, so revoking a row signs that browser out at
 * once and revoking all of a user's rows is "sign out everywhere".
 */
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { apiTokens, history, sessions, users } from "../../schema";
import { sha256Hex } from "../../hash";

/** How long a session lives without signing in again. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

const hash = sha256Hex;

/** Opens a session for `userId` and returns its id (the secret kept in the cookie). */
export async function openSession(
  db: Db,
  userId: string,
  opts: { userAgent?: string | null; now?: Date } = {},
): Promise<{ sid: string; expiresAt: Date }> {
  const now = opts.now ?? new Date();
  const sid = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(sessions).values({
    tokenHash: hash(sid),
    userId,
    createdAt: now,
    expiresAt,
    userAgent: opts.userAgent?.slice(0, 300) ?? null,
  });
  return { sid, expiresAt };
}

/** The user of a live session (not revoked, not expired, user not disabled), or null. */
export async function sessionUserId(
  db: Db,
  sid: string,
  now: Date = new Date(),
): Promise<string | null> {
  const [row] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hash(sid)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(users.disabled, false),
      ),
    );
  return row?.userId ?? null;
}

/** Ends one session (sign out in this browser). */
export async function revokeSession(db: Db, sid: string, now: Date = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tokenHash, hash(sid)), isNull(sessions.revokedAt)));
}

/**
 * Ends every session of `userId` (sign out everywhere; also used when an
 * admin disables a user or resets a password). Writes its audit row in the
 * caller's transaction when one is passed.
 */
export async function revokeAllSessions(
  db: Db,
  userId: string,
  by: {
    actorId: string | null;
    actorKind: "admin" | "citizen" | "official" | "designer" | "system";
  },
  now: Date = new Date(),
): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  // A user's own API tokens are sessions by another name; integration tokens an admin issued are not.
  const tokens = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(
      and(eq(apiTokens.userId, userId), eq(apiTokens.kind, "user"), isNull(apiTokens.revokedAt)),
    )
    .returning({ id: apiTokens.id });
  await db.insert(history).values({
    actorId: by.actorId,
    actorKind: by.actorKind,
    action: "auth.sessions_revoked",
    details: { userId, sessions: ended.length, apiTokens: tokens.length },
    at: now,
  });
  return ended.length;
}
