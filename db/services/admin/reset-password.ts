/** Admin verb: sets a new password for a user, ends their sessions and clears their lockout. */
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { users } from "../../schema";
import type { Principal } from "../auth/principal";
import { revokeAllSessions } from "../auth/sessions";
import { clearFailures } from "../auth/sign-in-limits";
import { assertCan } from "../authz";
import { audit, parseInput } from "./common";
import { findUser } from "./find-user";

export const ResetPasswordInput = z.object({
  userId: z.string(),
  password: z.string().min(8).max(200),
});

/** Replaces the user's password hash; the audit row never contains the password. */
export async function resetPassword(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
  opts: { passwordCost?: number } = {},
): Promise<void> {
  assertCan(actor, "users.manage");
  const data = parseInput(ResetPasswordInput, input);
  const passwordHash = await bcrypt.hash(data.password, opts.passwordCost ?? 10);
  await db.transaction(async (tx) => {
    const user = await findUser(tx, data.userId);
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id, { actorId: actor.userId, actorKind: "admin" });
    await clearFailures(tx, user.username);
    await audit(tx, actor, "user.password_reset", { userId: user.id, username: user.username });
  });
}
