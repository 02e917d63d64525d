/**
 * The citizen hands in the requested documents: the message the model waits
 * on (`supplement-submitted` in the shipped models) with the new data.
 * CONFLICT unless the dossier is waiting for a supplement.
 */
import { z } from "zod";
import type { Db } from "../client";
import { runDossierCommand } from "../store/command";
import { dossierByCode } from "../store/dossiers";
import type { Actor } from "./actor";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const DeliverSupplementInput = z.object({
  code: z.string().min(1).max(100),
  data: z.record(z.string(), z.unknown()).default({}),
  message: z.string().min(1).max(200).default("supplement-submitted"),
  idempotencyKey: z.string().min(1).max(200),
});

export interface DossierAnswer {
  code: string;
  status: string;
  version: number;
}

export async function deliverSupplement(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<DossierAnswer> {
  if (actor.kind !== "citizen")
    throw new ServiceError("FORBIDDEN", "only the applicant delivers a supplement");
  const { code, data, message, idempotencyKey } = parseInput(DeliverSupplementInput, input);
  const d = await dossierByCode(db, code);
  // Another citizen's dossier is not theirs to see (DESIGN.md §7: 404 or 403, never content).
  if (d.applicantId !== actor.id)
    throw new ServiceError("FORBIDDEN", `dossier ${code} is not yours`);
  return runDossierCommand(db, {
    dossierId: d.id,
    now,
    idempotency: { scope: `dossier.supplement:${d.id}`, key: idempotencyKey },
    inspect: (locked) => {
      if (locked.status !== "supplement") {
        throw new ServiceError("CONFLICT", `dossier ${code} is not waiting for a supplement`, [
          { id: code, message: locked.status },
        ]);
      }
    },
    command: { type: "message", name: message, data },
    history: { actor, action: "supplement.delivered", details: { message } },
    result: (w) => ({ code: w.code, status: w.status, version: w.version }),
  });
}
