/**
 * A named message to a dossier (DESIGN.md §7 `POST /dossiers/{code}/messages`),
 * from an admin or an integration (national portal, police reply, …).
 * CONFLICT when the dossier is not waiting for it.
 */
import { z } from "zod";
import type { Db } from "../client";
import { runDossierCommand } from "../store/command";
import { dossierByCode } from "../store/dossiers";
import type { Actor } from "./actor";
import type { DossierAnswer } from "./deliver-supplement";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const DeliverMessageInput = z.object({
  code: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()).default({}),
  idempotencyKey: z.string().min(1).max(200),
});

export async function deliverMessage(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<DossierAnswer> {
  if (actor.kind !== "admin" && actor.kind !== "integration") {
    throw new ServiceError("FORBIDDEN", "only admins and integrations deliver messages");
  }
  const { code, name, data, idempotencyKey } = parseInput(DeliverMessageInput, input);
  const d = await dossierByCode(db, code);
  return runDossierCommand(db, {
    dossierId: d.id,
    now,
    idempotency: { scope: `dossier.message:${d.id}`, key: idempotencyKey },
    command: { type: "message", name, data },
    history: { actor, action: "message.delivered", details: { message: name } },
    result: (w) => ({ code: w.code, status: w.status, version: w.version }),
  });
}
