/**
 * Completes a built-in service task once the worker has done its work, as the
 * system actor, in one transaction with `extra` writes. A task that is no
 * longer open (completed by an earlier run of this row, or cancelled by a
 * boundary event meanwhile) is not an error: there is nothing left to do.
 */
import type { Db, Tx } from "../../client";
import { systemActor } from "../../services/actor";
import { isServiceError } from "../../services/errors";
import { runDossierCommand } from "../../store/command";

export async function completeServiceTask(
  db: Db,
  dossierId: string,
  task: string,
  element: string,
  data: Record<string, unknown>,
  extra?: (tx: Tx) => Promise<void>,
): Promise<void> {
  try {
    await runDossierCommand(db, {
      dossierId,
      command: { type: "complete", task, data },
      history: {
        actor: systemActor("worker"),
        action: "service.completed",
        element,
        details: { task },
      },
      data,
      ...(extra ? { after: (tx: Tx) => extra(tx) } : {}),
      result: () => null,
    });
  } catch (error) {
    if (isServiceError(error) && error.code === "CONFLICT") return;
    throw error;
  }
}
