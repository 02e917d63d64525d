/**
 * Test helpers: one principal per role class, and users in a test database
 * to back them. Used by the authz matrix and the verb tests.
 */
import bcrypt from "bcryptjs";
import type { Db } from "../../client";
import { history, levels, units, users, type GlobalRole } from "../../schema";
import type { RoleClass } from "../authz";
import type { Principal } from "./principal";

/** A principal of `role` (officials get a membership in `unit`). */
export function principalOf(
  role: RoleClass,
  userId = "00000000-0000-4000-8000-000000000000",
  unit = "U1",
): Principal {
  const roles: GlobalRole[] = [role];
  return {
    userId,
    username: role,
    name: role,
    roles,
    memberships:
      role === "official"
        ? [{ unit, roles: ["reception"], substituteFor: null, validTo: null }]
        : role === "supervisor"
          ? [{ unit, roles: ["supervisor"], substituteFor: null, validTo: null }]
          : [],
  };
}

/** Inserts a user with `roles` and password `password` (cost 4), returns its id. */
export async function insertUser(
  db: Db,
  username: string,
  roles: GlobalRole[],
  opts: { password?: string; email?: string; emailVerified?: boolean; disabled?: boolean } = {},
): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({
      username,
      name: username,
      roles,
      passwordHash: bcrypt.hashSync(opts.password ?? "correct horse", 4),
      email: opts.email ?? null,
      emailVerified: opts.emailVerified ?? false,
      disabled: opts.disabled ?? false,
    })
    .returning({ id: users.id });
  return row!.id;
}

/** A two-level organisation: `ROOT` (city) with `ROOT-A` and `ROOT-B` (commune). Idempotent. */
export async function smallOrg(db: Db): Promise<void> {
  await db
    .insert(levels)
    .values([
      { code: "city", rank: 0 },
      { code: "commune", rank: 1 },
    ])
    .onConflictDoNothing();
  await db
    .insert(units)
    .values([
      { code: "ROOT", name: "Root", level: "city" },
      { code: "ROOT-A", name: "A", level: "commune", parentCode: "ROOT" },
      { code: "ROOT-B", name: "B", level: "commune", parentCode: "ROOT" },
    ])
    .onConflictDoNothing();
}

/** The history rows with `action`, newest last. */
export async function auditRows(db: Db, action: string) {
  const { eq } = await import("drizzle-orm");
  return db.select().from(history).where(eq(history.action, action));
}
