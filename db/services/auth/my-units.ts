/** The units an official works in, with names, for their inbox header. */
import { inArray } from "drizzle-orm";
import type { Db } from "../../client";
import { units, users } from "../../schema";
import { assertCan } from "../authz";
import type { Principal } from "./principal";

export interface MyUnit {
  code: string;
  name: string;
  roles: string[];
  /** Name of the official this membership stands in for. */
  substituteFor: string | null;
}

/** The caller's memberships in force, joined to unit names. Only ever the caller's own. */
export async function myUnits(db: Db, actor: Principal | null): Promise<MyUnit[]> {
  assertCan(actor, "inbox.view");
  const codes = [...new Set(actor.memberships.map((m) => m.unit))];
  const absentIds = actor.memberships.flatMap((m) => (m.substituteFor ? [m.substituteFor] : []));
  const names = new Map(
    codes.length
      ? (
          await db
            .select({ code: units.code, name: units.name })
            .from(units)
            .where(inArray(units.code, codes))
        ).map((u) => [u.code, u.name])
      : [],
  );
  const absent = new Map(
    absentIds.length
      ? (
          await db
            .select({ id: users.id, name: users.name })
            .from(users)
            .where(inArray(users.id, absentIds))
        ).map((u) => [u.id, u.name])
      : [],
  );
  return actor.memberships
    .filter((m) => m.roles.some((r) => r !== "supervisor"))
    .map((m) => ({
      code: m.unit,
      name: names.get(m.unit) ?? m.unit,
      roles: m.roles,
      substituteFor: m.substituteFor ? (absent.get(m.substituteFor) ?? null) : null,
    }));
}
