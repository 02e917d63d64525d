/**
 * Admin verb: sets the hierarchy levels, top first (DESIGN.md §7 `PUT
 * /admin/levels`). Levels no longer listed are retired (kept for history),
 * which is refused while a current unit still sits at that level; a 2025-style
 * reform first moves or retires the district units, then drops the level.
 */
import { and, inArray, isNull, notInArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { levels, units } from "../../schema";
import { upsertLevels } from "../../seed/organisation";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { ServiceError } from "../errors";
import { audit, parseInput } from "./common";

export const SetLevelsInput = z.object({
  levels: z
    .array(
      z
        .string()
        .trim()
        .regex(
          /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/,
          "letters, digits, _ . - (up to 40), starting with a letter",
        ),
    )
    .min(1)
    .max(10)
    .refine((l) => new Set(l).size === l.length, "duplicate level"),
});

/** Replaces the current levels with `levels` (top first). */
export async function setLevels(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<void> {
  assertCan(actor, "org.manage");
  const data = parseInput(SetLevelsInput, input);
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({ code: levels.code, name: levels.name })
      .from(levels)
      .where(isNull(levels.retiredAt));
    const before = rows.map((l) => l.code);
    const names = new Map(rows.map((l) => [l.code, l.name]));
    const dropped = before.filter((c) => !data.levels.includes(c));
    if (dropped.length > 0) {
      const inUse = await tx
        .select({ code: units.code, level: units.level })
        .from(units)
        .where(and(inArray(units.level, dropped), isNull(units.retiredAt)))
        .limit(20);
      if (inUse.length > 0)
        throw new ServiceError(
          "CONFLICT",
          "a level still has current units",
          inUse.map((u) => ({ id: u.code, field: "levels", message: `unit at level ${u.level}` })),
        );
      await tx
        .update(levels)
        .set({ retiredAt: new Date() })
        .where(and(isNull(levels.retiredAt), notInArray(levels.code, data.levels)));
    }
    await upsertLevels(
      tx,
      data.levels.map((code) => ({ code, name: names.get(code) ?? null })),
    );
    await audit(tx, actor, "org.levels_set", { from: before, to: data.levels });
  });
}
