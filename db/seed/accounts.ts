/**
 * Demo users and their memberships. Existing users are left untouched
 * (their password may have been changed), so a second run writes nothing
 * and hashes nothing.
 */
import bcrypt from "bcryptjs";
import { inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, users, type GlobalRole } from "../schema";
import {
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  OFFICIAL_NAMES,
  OFFICIAL_ROLES,
  OFFICIAL_UNITS,
} from "./data/demo-accounts";

/** What `npm start` prints so people can log in to the demo. */
export interface DemoAccount {
  username: string;
  password: string;
  roles: string[];
  /** Unit code for officials, null otherwise. */
  unit: string | null;
}

interface PlannedUser extends DemoAccount {
  name: string;
  globalRoles: GlobalRole[];
}

/** The demo accounts: people first, then `<unit>.<role>` officials, e.g. `bd-px.reception`. */
export function demoAccounts(): PlannedUser[] {
  const people: PlannedUser[] = DEMO_PEOPLE.map(([username, name, roles]) => ({
    username,
    name,
    password: DEMO_PASSWORD,
    roles: [...roles],
    globalRoles: [...roles],
    unit: null,
  }));
  let n = 0;
  const officials = OFFICIAL_UNITS.flatMap((unit) =>
    OFFICIAL_ROLES.map((role): PlannedUser => ({
      username: `${unit.replace(/^HN-/, "").toLowerCase()}.${role}`,
      name: OFFICIAL_NAMES[n++ % OFFICIAL_NAMES.length] ?? role,
      password: DEMO_PASSWORD,
      roles: [role],
      globalRoles: ["official"],
      unit,
    })),
  );
  return [...people, ...officials];
}

/** Inserts missing demo users and memberships. Returns the accounts and how many rows were written. */
export async function seedAccounts(
  db: Db,
  opts: { passwordCost?: number } = {},
): Promise<{ accounts: DemoAccount[]; written: number }> {
  const planned = demoAccounts();
  const existing = new Set(
    (
      await db
        .select({ username: users.username })
        .from(users)
        .where(
          inArray(
            users.username,
            planned.map((p) => p.username),
          ),
        )
    ).map((r) => r.username),
  );
  const missing = planned.filter((p) => !existing.has(p.username));
  let written = 0;
  if (missing.length > 0) {
    // One hash for the shared demo password: hashing ~40 times would cost seconds for nothing.
    const hash = await bcrypt.hash(DEMO_PASSWORD, opts.passwordCost ?? 10);
    const inserted = await db
      .insert(users)
      .values(
        missing.map((p) => ({
          username: p.username,
          name: p.name,
          passwordHash: hash,
          roles: p.globalRoles,
          emailVerified: false,
        })),
      )
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    written += inserted.length;
  }

  const officials = planned.filter((p) => p.unit !== null);
  const ids = new Map(
    (
      await db
        .select({ id: users.id, username: users.username })
        .from(users)
        .where(
          inArray(
            users.username,
            officials.map((p) => p.username),
          ),
        )
    ).map((r) => [r.username, r.id]),
  );
  const rows = officials.flatMap((p) => {
    const userId = ids.get(p.username);
    return userId && p.unit ? [{ userId, unitCode: p.unit, roles: p.roles }] : [];
  });
  if (rows.length > 0) {
    const inserted = await db
      .insert(memberships)
      .values(rows)
      .onConflictDoNothing({
        target: [memberships.userId, memberships.unitCode],
        where: isNull(memberships.substituteFor),
      })
      .returning({ id: memberships.id });
    written += inserted.length;
  }
  return {
    accounts: planned.map(({ username, password, roles, unit }) => ({
      username,
      password,
      roles,
      unit,
    })),
    written,
  };
}
