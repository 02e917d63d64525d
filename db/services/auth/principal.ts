/**
 * Who is asking, as the web app knows it after sign-in: the user, their
 * global roles and their unit memberships (own ones, and substitute ones
 * while they are in force). `null` is an anonymous visitor.
 *
 * The services' `Actor` union (db/services/actor.ts) is derived from this by
 * `actorFromPrincipal` in app/_lib; admin and auth verbs take a Principal
 * because one person may hold several global roles (admin and designer).
 */
import { and, eq, gt, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../client";
import { memberships, users, type GlobalRole } from "../../schema";

/** A membership in force: role codes in one unit, maybe as a stand-in for someone. */
export interface PrincipalMembership {
  unit: string;
  roles: string[];
  /** The official this membership stands in for, if it is a substitution. */
  substituteFor: string | null;
  validTo: Date | null;
}

/** A signed-in person. */
export interface Principal {
  userId: string;
  username: string;
  name: string;
  roles: GlobalRole[];
  memberships: PrincipalMembership[];
}

/** Loads a principal by user id; null when the user is unknown or disabled. */
export async function loadPrincipal(
  db: Db,
  userId: string,
  now: Date = new Date(),
): Promise<Principal | null> {
  const [user] = await db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      roles: users.roles,
      disabled: users.disabled,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.disabled) return null;
  const rows = await db
    .select({
      unit: memberships.unitCode,
      roles: memberships.roles,
      substituteFor: memberships.substituteFor,
      validTo: memberships.validTo,
    })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        or(isNull(memberships.validFrom), lte(memberships.validFrom, now)),
        or(isNull(memberships.validTo), gt(memberships.validTo, now)),
      ),
    );
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    roles: user.roles,
    memberships: rows.map((r) => ({ ...r, roles: r.roles })),
  };
}
