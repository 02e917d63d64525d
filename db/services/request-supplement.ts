/**
 * The desk officer asks the citizen for missing documents (form 02): the
 * open intake task is completed with `decision = "supplement"` (the value the
 * shipped models branch on) and the reasons. The model must then wait on the
 * citizen (a `pauseClock` wait); otherwise nothing changes (CONFLICT). Once
 * per dossier unless the model's `maxSupplements` property allows more.
 */
import { z } from "zod";
import type { Db } from "../client";
import type { Actor } from "./actor";
import { completeTask, type CompleteTaskResult } from "./complete-task";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const RequestSupplementInput = z.object({
  taskId: z.uuid(),
  reasons: z.string().min(1).max(4000),
  data: z.record(z.string(), z.unknown()).default({}),
  idempotencyKey: z.string().min(1).max(200),
});

export async function requestSupplement(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<CompleteTaskResult> {
  if (actor.kind !== "official")
    throw new ServiceError("FORBIDDEN", "only officials request supplements");
  const { taskId, reasons, data, idempotencyKey } = parseInput(RequestSupplementInput, input);
  const out = await completeTask(db, {
    actor,
    now,
    input: { taskId, idempotencyKey, data },
    extraData: { decision: "supplement", reasons },
    expectSupplement: true,
  });
  return out;
}
