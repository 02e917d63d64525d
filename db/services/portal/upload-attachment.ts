/**
 * A citizen uploads one document for a file field before submitting (or for
 * a supplement). The size is capped, the type is read from the bytes (never
 * from the name or the browser's word), the virus-scan hook must pass, and
 * the bytes go to the file store outside the web root. The answer is the
 * reference the form's filepicker field stores.
 */
import { randomUUID } from "node:crypto";

import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";
import type { FileRef } from "@/engine/forms/types";
import type { Db } from "../../client";
import { portalConfig } from "../../portal-files/config";
import { virusScanner } from "../../portal-files/scan";
import { storeBytes } from "../../portal-files/store";
import { attachments } from "../../schema";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { asCitizen, auditPortal } from "./common";
import { sha256Hex } from "../../hash";

/** What a document may be: PDF or a photo/scan. */
export const ALLOWED_TYPES: Record<string, string> = {
  "application/pdf": ".pdf",
  "image/jpeg": ".jpg",
  "image/png": ".png",
};

export const UploadAttachmentInput = z.object({
  fieldKey: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z_][\w.[\]-]*$/),
  fileName: z.string().trim().min(1).max(255),
  bytes: z.instanceof(Uint8Array),
});

export async function uploadAttachment(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date },
): Promise<FileRef> {
  const citizen = asCitizen(actor, "upload documents");
  const { fieldKey, fileName, bytes } = parseInput(UploadAttachmentInput, input);
  const refuse = (message: string) =>
    new ServiceError("VALIDATION", message, [{ field: fieldKey, message }]);
  const { maxUploadBytes } = portalConfig();
  if (bytes.byteLength === 0) throw refuse("empty file");
  if (bytes.byteLength > maxUploadBytes) throw refuse(`file larger than ${maxUploadBytes} bytes`);
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !(sniffed.mime in ALLOWED_TYPES)) throw refuse("file type not allowed");
  const verdict = await virusScanner().scan(bytes, fileName);
  if (!verdict.clean) throw refuse(`file refused by the virus scan (${verdict.threat})`);
  const id = randomUUID();
  const storagePath = await storeBytes(id, bytes);
  // Shown back to people and in PDFs: no path separators, no control characters.
  const name = [...fileName.normalize("NFC")]
    .map((ch) => (ch === "/" || ch === "\\" || ch.charCodeAt(0) < 0x20 ? "_" : ch))
    .join("");
  const ref: FileRef = { id, name, size: bytes.byteLength, mime: sniffed.mime };
  await db.transaction(async (tx) => {
    await tx.insert(attachments).values({
      id,
      fieldKey,
      fileName: name,
      mime: sniffed.mime,
      size: bytes.byteLength,
      sha256: sha256Hex(bytes),
      storagePath,
      uploadedBy: citizen.id,
    });
    await auditPortal(tx, citizen, "attachment.uploaded", null, { attachment: id, fieldKey }, now);
  });
  return ref;
}
