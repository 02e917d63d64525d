/** Looks up a current (not retired) unit inside an admin verb's transaction. */
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { units, type UnitRow } from "../../schema";
import { ServiceError } from "../errors";

/** The current unit `code`, or NOT_FOUND. */
export async function findCurrentUnit(tx: Db, code: string, field = "code"): Promise<UnitRow> {
  const [row] = await tx
    .select()
    .from(units)
    .where(and(eq(units.code, code), isNull(units.retiredAt)));
  if (!row)
    throw new ServiceError("NOT_FOUND", "unknown unit", [{ field, message: "unknown unit" }]);
  return row;
}
