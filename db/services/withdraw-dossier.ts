/** The applicant withdraws their dossier (DVCQG 7): open tasks and timers are cancelled. */
import { z } from "zod";
import type { Db } from "../client";
import { dossierByCode, stopDossier, type StopResult } from "../store/dossiers";
import { once, recordResult } from "../store/idempotency";
import type { Actor } from "./actor";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const WithdrawDossierInput = z.object({
  code: z.string().min(1).max(100),
  reason: z.string().max(2000).optional(),
  idempotencyKey: z.string().min(1).max(200),
});

export async function withdrawDossier(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<StopResult> {
  if (actor.kind !== "citizen")
    throw new ServiceError("FORBIDDEN", "only the applicant withdraws a dossier");
  const { code, reason, idempotencyKey } = parseInput(WithdrawDossierInput, input);
  const d = await dossierByCode(db, code);
  if (d.applicantId !== actor.id)
    throw new ServiceError("FORBIDDEN", `dossier ${code} is not yours`);
  const scope = `dossier.withdraw:${d.id}`;
  return once(db, scope, idempotencyKey, () =>
    db.transaction(async (tx) => {
      const out = await stopDossier(
        tx,
        d.id,
        "withdrawn",
        { actor, action: "dossier.withdrawn", details: { reason: reason ?? null } },
        now ?? new Date(),
      );
      await recordResult(tx, scope, idempotencyKey, out);
      return out;
    }),
  );
}
