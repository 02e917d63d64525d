/**
 * The applicant asks for the paper result by post (level 4: result online or
 * by post). Recorded on the dossier's audit trail, where the clerk's view and
 * the national-portal sync read it; once the result exists.
 */
import { z } from "zod";
import type { Db } from "../../client";
import { dossierByCode } from "../../store/dossiers";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { asCitizen, auditPortal } from "./common";

export const RequestPostalDeliveryInput = z.object({
  code: z.string().min(1).max(100),
  address: z.string().trim().min(10).max(500),
});

export async function requestPostalDelivery(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date },
): Promise<{ code: string; address: string }> {
  const citizen = asCitizen(actor, "ask for postal delivery");
  const { code, address } = parseInput(RequestPostalDeliveryInput, input);
  const d = await dossierByCode(db, code);
  if (d.applicantId !== citizen.id)
    throw new ServiceError("FORBIDDEN", `dossier ${code} is not yours`);
  if (d.status !== "completed" && d.status !== "returned")
    throw new ServiceError("CONFLICT", `dossier ${code} has no result yet`, [
      { id: code, message: d.status },
    ]);
  await db.transaction((tx) =>
    auditPortal(tx, citizen, "portal.postal-requested", d.id, { address }, now, d.status),
  );
  return { code, address };
}
