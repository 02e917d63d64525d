/**
 * `issue-result`: records the result document of the dossier, with its
 * electronic PDF (QR code, signed when a certificate is configured; made and
 * stored before the transaction, filed inside it), and completes the
 * service task, in one transaction.
 */
import { prepareResult } from "../../portal-documents/result";
import { resultDocuments } from "../../schema";
import { completeServiceTask } from "./service-task";
import type { OutboxHandler } from "./types";

export const issueResult: OutboxHandler = async ({ db, row }) => {
  const { task, element, variables } = row.payload as {
    task: string;
    element: string;
    variables?: Record<string, unknown>;
  };
  if (!row.dossierId) return;
  const dossierId = row.dossierId;
  const fileResult = await prepareResult(db, dossierId, task);
  await completeServiceTask(db, dossierId, task, element, { resultIssued: true }, async (tx) => {
    await tx
      .insert(resultDocuments)
      .values({ dossierId, elementId: element, taskKey: task, data: variables ?? {} })
      .onConflictDoNothing();
    await fileResult(tx);
  });
};
