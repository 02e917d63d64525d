/** Admin verb: adds a unit to the organisation tree (DESIGN.md §3). */
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { isUniqueViolation } from "../../sql";
import { levels, units } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { ServiceError } from "../errors";
import { audit, parseInput } from "./common";

export const CreateUnitInput = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
  name: z.string().trim().min(1).max(300),
  level: z.string().trim().min(1),
  kind: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((s) => s || null),
  parent: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || null),
});
export type CreateUnitInput = z.input<typeof CreateUnitInput>;

/** Creates a unit; 422 for an unknown level or parent, 409 for a taken code. */
export async function createUnit(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<{ code: string }> {
  assertCan(actor, "org.manage");
  const data = parseInput(CreateUnitInput, input);
  return db.transaction(async (tx) => {
    const [level] = await tx
      .select({ code: levels.code })
      .from(levels)
      .where(and(eq(levels.code, data.level), isNull(levels.retiredAt)));
    if (!level)
      throw new ServiceError("VALIDATION", "unknown level", [
        { field: "level", message: "unknown level" },
      ]);
    if (data.parent) {
      const [parent] = await tx
        .select({ code: units.code })
        .from(units)
        .where(and(eq(units.code, data.parent), isNull(units.retiredAt)));
      if (!parent)
        throw new ServiceError("VALIDATION", "unknown parent", [
          { field: "parent", message: "unknown parent" },
        ]);
    }
    try {
      await tx.insert(units).values({
        code: data.code,
        name: data.name,
        level: data.level,
        kind: data.kind,
        parentCode: data.parent,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ServiceError("CONFLICT", "unit code taken", [
          { field: "code", message: "taken" },
        ]);
      throw error;
    }
    await audit(tx, actor, "unit.created", { ...data });
    return { code: data.code };
  });
}
