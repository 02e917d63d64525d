/** The studio's verbs (drafts); publishing is `publishProcedure` in db/services. */
export { assertStudioActor, type StudioActor } from "./guard";
export { listStudioProcedures, type StudioProcedure } from "./list-studio-procedures";
export { getDraft, getVersion, type StudioDraft } from "./get-draft";
export { saveDraft, SaveDraftInput, MAX_DRAFT_BYTES } from "./save-draft";
export { createDraft, CreateDraftInput, ProcessId } from "./create-draft";
export { publishDraft } from "./publish-draft";
export { getCalledProcedures, CalledIds, type CalledProcedure } from "./get-called-procedures";
