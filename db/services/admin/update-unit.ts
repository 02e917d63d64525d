/** Admin verb: renames a unit and/or changes its kind. The code never changes (it is the routing id). */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { units } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { audit, parseInput } from "./common";
import { findCurrentUnit } from "./find-unit";

export const UpdateUnitInput = z.object({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1).max(300),
  kind: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((s) => s || null),
});

/** Renames unit `code` (and sets its kind). */
export async function updateUnit(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<void> {
  assertCan(actor, "org.manage");
  const data = parseInput(UpdateUnitInput, input);
  await db.transaction(async (tx) => {
    const before = await findCurrentUnit(tx, data.code);
    await tx
      .update(units)
      .set({ name: data.name, kind: data.kind })
      .where(eq(units.code, data.code));
    await audit(tx, actor, "unit.updated", {
      code: data.code,
      from: { name: before.name, kind: before.kind },
      to: { name: data.name, kind: data.kind },
    });
  });
}
