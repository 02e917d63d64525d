/** Admin verb: moves a unit under another parent, refusing cycles. */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { units } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { ServiceError } from "../errors";
import { audit, parseInput } from "./common";
import { findCurrentUnit } from "./find-unit";

export const MoveUnitInput = z.object({
  code: z.string().trim().min(1),
  parent: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || null),
});

/** Re-parents unit `code` (null parent = a root). A unit cannot move under itself or its descendants. */
export async function moveUnit(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<void> {
  assertCan(actor, "org.manage");
  const data = parseInput(MoveUnitInput, input);
  await db.transaction(async (tx) => {
    const unit = await findCurrentUnit(tx, data.code);
    if (data.parent) {
      await findCurrentUnit(tx, data.parent, "parent");
      const all = await tx.select({ code: units.code, parent: units.parentCode }).from(units);
      const parentOf = new Map(all.map((u) => [u.code, u.parent]));
      for (
        let p: string | null | undefined = data.parent, n = 0;
        p && n <= all.length;
        p = parentOf.get(p), n++
      ) {
        if (p === data.code)
          throw new ServiceError("VALIDATION", "a unit cannot move under itself", [
            { field: "parent", message: "cycle" },
          ]);
      }
    }
    await tx.update(units).set({ parentCode: data.parent }).where(eq(units.code, data.code));
    await audit(tx, actor, "unit.moved", {
      code: data.code,
      from: unit.parentCode,
      to: data.parent,
    });
  });
}
