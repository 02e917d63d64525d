/**
 * Outbox handlers by outbox `kind` (the store writes the kinds; ADR 0008).
 *
 * Slot for the Accounts work: add `db/worker/handlers/email.ts` exporting
 * `email: OutboxHandler` and register it below as `email`. Commands enqueue
 * `{ kind: "email", payload: { to, subject, text } }` with `enqueue()` from
 * `db/store/effects.ts`, in their own transaction.
 */
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
  // email: email,   ← Accounts (issue 5): db/worker/handlers/email.ts
};
