/** Admin verb: creates an account with global roles and unit memberships (DESIGN.md §7 `POST /admin/users`). */
import bcrypt from "bcryptjs";
import { z } from "zod";
import type { Db } from "../../client";
import { isUniqueViolation } from "../../sql";
import { memberships, users } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { ServiceError } from "../errors";
import { audit, parseInput } from "./common";
import { findCurrentUnit } from "./find-unit";

export const GLOBAL_ROLES = ["admin", "designer", "official", "supervisor", "citizen"] as const;
export const RoleCode = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/,
    "letters, digits, _ . - (up to 40), starting with a letter",
  );

export const CreateUserInput = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]*$/),
  password: z.string().min(8).max(200),
  name: z.string().trim().min(1).max(200),
  email: z
    .email()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  roles: z.array(z.enum(GLOBAL_ROLES)).default([]),
  memberships: z
    .array(z.object({ unit: z.string().trim().min(1), roles: z.array(RoleCode).min(1) }))
    .default([]),
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

/** Creates a user; an official gets the global role `official` with their memberships. 409 for a taken username. */
export async function createUser(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
  opts: { passwordCost?: number } = {},
): Promise<{ id: string }> {
  assertCan(actor, "users.manage");
  const data = parseInput(CreateUserInput, input);
  const roles = new Set(data.roles);
  if (data.memberships.length > 0 && !roles.has("supervisor")) roles.add("official");
  const passwordHash = await bcrypt.hash(data.password, opts.passwordCost ?? 10);
  return db.transaction(async (tx) => {
    for (const [i, m] of data.memberships.entries())
      await findCurrentUnit(tx, m.unit, `memberships.${i}.unit`);
    let id: string;
    try {
      const [row] = await tx
        .insert(users)
        .values({
          username: data.username,
          name: data.name,
          email: data.email ?? null,
          // An address an admin typed in is taken as verified.
          emailVerified: data.email !== undefined,
          passwordHash,
          roles: [...roles],
        })
        .returning({ id: users.id });
      id = row!.id;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ServiceError("CONFLICT", "username taken", [
          { field: "username", message: "taken" },
        ]);
      throw error;
    }
    if (data.memberships.length > 0)
      await tx
        .insert(memberships)
        .values(data.memberships.map((m) => ({ userId: id, unitCode: m.unit, roles: m.roles })));
    await audit(tx, actor, "user.created", {
      userId: id,
      username: data.username,
      roles: [...roles],
      memberships: data.memberships,
    });
    return { id };
  });
}
