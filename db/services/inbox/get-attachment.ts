/**
 * An attachment of the dossier behind a task, for the inbox's download and
 * preview route: the same rule as the task page (`assertMayRead`), and the
 * file must belong to that task's dossier. The bytes are found from the
 * stored row alone — nothing the browser sends becomes part of a path.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { portalConfig } from "../../portal-files/config";
import { attachments } from "../../schema";
import { loadTask } from "../../store/tasks";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { asOfficial } from "./scope";
import { assertMayRead } from "./task-access";

export const GetAttachmentInput = z.object({ taskId: z.uuid(), attachmentId: z.uuid() });

/** Types a browser may show inline; anything else (SVG and HTML included) is only downloaded. */
const INLINE = new Set(["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"]);

export interface AttachmentFile {
  fileName: string;
  mime: string;
  size: number;
  inline: boolean;
  /** Opens the stored bytes as a web stream. */
  open(): ReadableStream<Uint8Array>;
}

const STORED = /^[0-9a-f-]{36}$/;

export async function getAttachment(
  db: Db,
  { actor, input }: { actor: Actor; input: unknown },
): Promise<AttachmentFile> {
  const official = asOfficial(actor);
  const { taskId, attachmentId } = parseInput(GetAttachmentInput, input);
  const task = await loadTask(db, taskId);
  assertMayRead(official, task);
  const [file] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.dossierId, task.dossierId)));
  if (!file) throw new ServiceError("NOT_FOUND", `attachment ${attachmentId} not found`);
  // The store names files by a random id under a two-character folder (db/portal-files/store.ts).
  const id = path.basename(file.storagePath);
  if (!STORED.test(id)) throw new Error(`attachment ${file.id} has a bad storage path`);
  const full = path.join(portalConfig().uploadDir, id.slice(0, 2), id);
  const { size } = await stat(full).catch(() => {
    throw new ServiceError("NOT_FOUND", `attachment ${attachmentId} has no stored bytes`);
  });
  return {
    fileName: file.fileName,
    mime: file.mime,
    size,
    inline: INLINE.has(file.mime),
    open: () => Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>,
  };
}
