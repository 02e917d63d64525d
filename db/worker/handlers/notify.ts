/**
 * `notify`: fire-and-forget notifications (DESIGN.md §2 built-in service).
 * Delivery to people (email, SMS) belongs to the `email` handler of the
 * Accounts work; here the row is recorded as done and, when it came from a
 * service task, that task completes so the model moves on.
 */
import type { OutboxHandler } from "./types";
import { completeServiceTask } from "./service-task";

export const notify: OutboxHandler = async ({ db, row }) => {
  const { task, element } = row.payload as { task?: string; element?: string };
  if (task && row.dossierId) await completeServiceTask(db, row.dossierId, task, element ?? "", {});
};
