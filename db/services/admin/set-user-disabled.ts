/** Admin verb: disables (or re-enables) an account; disabling ends its sessions at once. */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { users } from "../../schema";
import type { Principal } from "../auth/principal";
import { revokeAllSessions } from "../auth/sessions";
import { assertCan } from "../authz";
import { ServiceError } from "../errors";
import { audit, parseInput } from "./common";
import { findUser } from "./find-user";

export const SetUserDisabledInput = z.object({ userId: z.string(), disabled: z.boolean() });

/** Sets `disabled` on a user. An admin cannot disable themself (no locking the last door). */
export async function setUserDisabled(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<void> {
  assertCan(actor, "users.manage");
  const data = parseInput(SetUserDisabledInput, input);
  if (data.disabled && data.userId === actor.userId)
    throw new ServiceError("CONFLICT", "cannot disable yourself", [
      { field: "userId", message: "self" },
    ]);
  await db.transaction(async (tx) => {
    const user = await findUser(tx, data.userId);
    await tx.update(users).set({ disabled: data.disabled }).where(eq(users.id, user.id));
    if (data.disabled)
      await revokeAllSessions(tx, user.id, { actorId: actor.userId, actorKind: "admin" });
    await audit(tx, actor, data.disabled ? "user.disabled" : "user.enabled", {
      userId: user.id,
      username: user.username,
    });
  });
}
