/** Follows an email verification link: marks the address verified, once, before the link expires. */
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { emailVerifications, history, users } from "../../schema";
import { ServiceError } from "../errors";
import { sha256Hex } from "../../hash";

/** Verifies `token`; NOT_FOUND when unknown, used or expired (one answer for all three). */
export async function verifyEmail(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<{ userId: string }> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new ServiceError("NOT_FOUND", "invalid link");
  const hash = sha256Hex(token);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(emailVerifications)
      .set({ usedAt: now })
      .where(
        and(
          eq(emailVerifications.tokenHash, hash),
          isNull(emailVerifications.usedAt),
          gt(emailVerifications.expiresAt, now),
        ),
      )
      .returning({ userId: emailVerifications.userId });
    if (!row) throw new ServiceError("NOT_FOUND", "invalid link");
    await tx.update(users).set({ emailVerified: true }).where(eq(users.id, row.userId));
    await tx.insert(history).values({
      actorId: row.userId,
      actorKind: "citizen",
      action: "user.email_verified",
      at: now,
    });
    return { userId: row.userId };
  });
}
