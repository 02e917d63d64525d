/**
 * Admin verb: sets a user's own role codes in one unit (unit × roles); an
 * empty list removes the membership. Substitutions are separate rows
 * (`addSubstitute`).
 */
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { memberships, users } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { audit, parseInput } from "./common";
import { RoleCode } from "./create-user";
import { findCurrentUnit } from "./find-unit";
import { findUser } from "./find-user";

export const SetMembershipInput = z.object({
  userId: z.string(),
  unit: z.string().trim().min(1),
  roles: z.array(RoleCode).max(20),
});

/** Upserts (or with no roles deletes) the membership of `userId` in `unit`. */
export async function setMembership(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<void> {
  assertCan(actor, "users.manage");
  const data = parseInput(SetMembershipInput, input);
  await db.transaction(async (tx) => {
    const user = await findUser(tx, data.userId);
    await findCurrentUnit(tx, data.unit, "unit");
    const own = and(
      eq(memberships.userId, user.id),
      eq(memberships.unitCode, data.unit),
      isNull(memberships.substituteFor),
    );
    if (data.roles.length === 0) {
      await tx.delete(memberships).where(own);
    } else {
      await tx
        .insert(memberships)
        .values({ userId: user.id, unitCode: data.unit, roles: data.roles })
        .onConflictDoUpdate({
          target: [memberships.userId, memberships.unitCode],
          targetWhere: isNull(memberships.substituteFor),
          set: { roles: data.roles },
        });
      if (!user.roles.includes("official") && !user.roles.includes("supervisor"))
        await tx
          .update(users)
          .set({ roles: [...user.roles, "official"] })
          .where(eq(users.id, user.id));
    }
    await audit(tx, actor, "membership.set", {
      userId: user.id,
      username: user.username,
      unit: data.unit,
      roles: data.roles,
    });
  });
}
