/** Admin read: users with their memberships, optionally filtered by a search text. */
import { asc, ilike, inArray, or } from "drizzle-orm";
import type { Db } from "../../client";
import { memberships, users } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";

export interface UserListItem {
  id: string;
  username: string;
  name: string;
  email: string | null;
  roles: string[];
  disabled: boolean;
  memberships: {
    unit: string;
    roles: string[];
    substituteFor: string | null;
    validTo: Date | null;
  }[];
}

/** Up to `limit` users whose username or name contains `q`, by username. */
export async function listUsers(
  db: Db,
  { actor, q = "", limit = 100 }: { actor: Principal | null; q?: string; limit?: number },
): Promise<UserListItem[]> {
  assertCan(actor, "users.manage");
  const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select()
    .from(users)
    .where(q ? or(ilike(users.username, like), ilike(users.name, like)) : undefined)
    .orderBy(asc(users.username))
    .limit(Math.min(limit, 500));
  const ms = rows.length
    ? await db
        .select()
        .from(memberships)
        .where(
          inArray(
            memberships.userId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    name: r.name,
    email: r.email,
    roles: r.roles,
    disabled: r.disabled,
    memberships: ms
      .filter((m) => m.userId === r.id)
      .map((m) => ({
        unit: m.unitCode,
        roles: m.roles,
        substituteFor: m.substituteFor,
        validTo: m.validTo,
      })),
  }));
}
