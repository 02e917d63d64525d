/**
 * Admin verb: a time-boxed acting official. While an official is away, the
 * substitute holds the absent official's role codes in that unit from
 * `from` to `to` (Hanoi dates, `to` inclusive); the membership row records
 * whom it stands in for, and stops counting by itself when the period ends.
 */
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { memberships, users } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { ServiceError } from "../errors";
import { audit, parseInput } from "./common";
import { findUser } from "./find-user";

export const AddSubstituteInput = z
  .object({
    absentUserId: z.string(),
    substituteUserId: z.string(),
    unit: z.string().trim().min(1),
    from: z.iso.date(),
    to: z.iso.date(),
  })
  .refine((v) => v.from <= v.to, { path: ["to"], message: "ends before it starts" })
  .refine((v) => v.absentUserId !== v.substituteUserId, {
    path: ["substituteUserId"],
    message: "same person",
  });

/** Adds a substitute membership; the absent official must hold roles in `unit`. */
export async function addSubstitute(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<{ id: string }> {
  assertCan(actor, "users.manage");
  const data = parseInput(AddSubstituteInput, input);
  return db.transaction(async (tx) => {
    const absent = await findUser(tx, data.absentUserId, "absentUserId");
    const substitute = await findUser(tx, data.substituteUserId, "substituteUserId");
    const [held] = await tx
      .select({ roles: memberships.roles })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, absent.id),
          eq(memberships.unitCode, data.unit),
          isNull(memberships.substituteFor),
        ),
      );
    if (!held || held.roles.length === 0)
      throw new ServiceError("VALIDATION", "the absent official has no roles in that unit", [
        { field: "unit", message: "no membership" },
      ]);
    const validFrom = new Date(`${data.from}T00:00:00+07:00`);
    const validTo = new Date(new Date(`${data.to}T00:00:00+07:00`).getTime() + 24 * 3600 * 1000);
    const [row] = await tx
      .insert(memberships)
      .values({
        userId: substitute.id,
        unitCode: data.unit,
        roles: held.roles,
        substituteFor: absent.id,
        validFrom,
        validTo,
      })
      .returning({ id: memberships.id });
    if (!substitute.roles.includes("official"))
      await tx
        .update(users)
        .set({ roles: [...substitute.roles, "official"] })
        .where(eq(users.id, substitute.id));
    await audit(tx, actor, "membership.substitute_added", {
      absent: absent.username,
      substitute: substitute.username,
      unit: data.unit,
      roles: held.roles,
      from: data.from,
      to: data.to,
    });
    return { id: row!.id };
  });
}
