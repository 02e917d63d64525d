/**
 * Outbox handlers by outbox `kind` (the store writes the kinds; ADR 0008).
 *
 * `email` is the Accounts work's handler (`./email.ts`, ADR 0009): commands
 * enqueue `{ kind: "email", payload: { to, subject, text } }` with
 * `enqueue()` from `db/store/effects.ts`, in their own transaction.
 */
import { email } from "./email";
import { http } from "./http";
import { issueResult } from "./issue-result";
import { notify } from "./notify";
import type { OutboxHandler } from "./types";

export type { OutboxHandler } from "./types";

/** Recorded for operators and integrations that read the outbox; nothing to perform yet. */
const recordOnly: OutboxHandler = async () => {};

export const handlers: Record<string, OutboxHandler> = {
  notify,
  "issue-result": issueResult,
  http,
  // National portal sync: no DVCQG endpoint is configured in this build; the rows keep the status trail.
  "dvcqg-sync": recordOnly,
  "dossier-finished": recordOnly,
  "throw-message": recordOnly,
  incident: recordOnly,
  // Accounts (issue 5): verification mails and notifications; ADR 0009.
  email,
};
