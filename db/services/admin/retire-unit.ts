/**
 * Admin verb: retires a unit from an effective date (DOMAIN.md "Tiers
 * change"). The row stays, so old dossiers still resolve it; a unit with
 * current children cannot be retired until they are moved or retired.
 */
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { units } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { ServiceError } from "../errors";
import { audit, parseInput } from "./common";
import { findCurrentUnit } from "./find-unit";

export const RetireUnitInput = z.object({
  code: z.string().trim().min(1),
  /** YYYY-MM-DD, the first day the unit no longer exists (Hanoi midnight). */
  effective: z.iso.date(),
});

/** Retires unit `code` as of `effective`. */
export async function retireUnit(
  db: Db,
  { actor, input }: { actor: Principal | null; input: unknown },
): Promise<void> {
  assertCan(actor, "org.manage");
  const data = parseInput(RetireUnitInput, input);
  await db.transaction(async (tx) => {
    await findCurrentUnit(tx, data.code);
    const children = await tx
      .select({ code: units.code })
      .from(units)
      .where(and(eq(units.parentCode, data.code), isNull(units.retiredAt)));
    if (children.length > 0)
      throw new ServiceError(
        "CONFLICT",
        "unit has current children",
        children.map((c) => ({ id: c.code, message: "child" })),
      );
    const at = new Date(`${data.effective}T00:00:00+07:00`);
    await tx.update(units).set({ retiredAt: at }).where(eq(units.code, data.code));
    await audit(tx, actor, "unit.retired", { code: data.code, effective: data.effective });
  });
}
