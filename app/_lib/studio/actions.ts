"use server";
/**
 * The studio's server actions: session → verb → mapped error. The verbs
 * check that the actor is a designer or an admin and parse their input.
 */
import { appDb } from "@/app/_lib/db";
import {
  getCalledProcedures,
  type CalledProcedure,
  createDraft,
  getVersion,
  publishDraft,
  saveDraft,
  type CreateDraftInput,
  type SaveDraftInput,
} from "@/db/services/studio";
import { studioActor } from "./actor";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

export async function saveDraftAction(
  input: SaveDraftInput,
): Promise<ActionResult<{ revision: number; savedAt: string }>> {
  return runAction(async () => {
    const saved = await saveDraft(await appDb(), await studioActor(), input);
    return { revision: saved.revision, savedAt: saved.savedAt.toISOString() };
  });
}

export async function createDraftAction(
  input: CreateDraftInput,
): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const made = await createDraft(await appDb(), await studioActor(), input);
    return { id: made.id };
  });
}

export async function versionAction(
  id: string,
  version: number,
): Promise<ActionResult<{ bpmn: string }>> {
  return runAction(async () => {
    const v = await getVersion(await appDb(), await studioActor(), id, version);
    return { bpmn: v.bpmn };
  });
}

/** Publishes the saved draft (through issue 4's `publishProcedure`); VALIDATION details are the model's errors. */
export async function publishAction(
  id: string,
  revision: number,
  note?: string,
): Promise<ActionResult<{ version: number; revision: number }>> {
  return runAction(async () => {
    const published = await publishDraft(await appDb(), await studioActor(), {
      id,
      revision,
      note: note || undefined,
    });
    return { version: published.version, revision: revision + 1 };
  });
}

/** The latest published versions of the procedures a draft's call activities name (see getCalledProcedures). */
export async function calledProceduresAction(
  ids: string[],
): Promise<ActionResult<CalledProcedure[]>> {
  return runAction(async () => getCalledProcedures(await appDb(), await studioActor(), ids));
}
