/** An admin stops a dossier (DVCQG 8), e.g. filed twice or by mistake: open tasks and timers are cancelled. */
import { z } from "zod";
import type { Db } from "../client";
import { dossierByCode, stopDossier, type StopResult } from "../store/dossiers";
import { once, recordResult } from "../store/idempotency";
import type { Actor } from "./actor";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const CancelDossierInput = z.object({
  code: z.string().min(1).max(100),
  reason: z.string().min(1).max(2000),
  idempotencyKey: z.string().min(1).max(200),
});

export async function cancelDossier(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<StopResult> {
  if (actor.kind !== "admin") throw new ServiceError("FORBIDDEN", "only admins cancel dossiers");
  const { code, reason, idempotencyKey } = parseInput(CancelDossierInput, input);
  const d = await dossierByCode(db, code);
  const scope = `dossier.cancel:${d.id}`;
  return once(db, scope, idempotencyKey, () =>
    db.transaction(async (tx) => {
      const out = await stopDossier(
        tx,
        d.id,
        "stopped",
        { actor, action: "dossier.cancelled", details: { reason } },
        now ?? new Date(),
      );
      await recordResult(tx, scope, idempotencyKey, out);
      return out;
    }),
  );
}
