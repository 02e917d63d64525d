/**
 * The supplement form posts here (multipart): each chosen file is uploaded
 * through the verb, then the answer goes to the dossier, which resumes.
 */
import type { NextRequest } from "next/server";
import { appDb } from "@/app/_lib/db";
import { isServiceError } from "@/db/services/errors";
import { answerSupplement } from "@/db/services/portal/answer-supplement";
import { uploadAttachment } from "@/db/services/portal/upload-attachment";
import type { FileRef } from "@/engine/forms/types";
import { citizenOrNull } from "../../../_lib/portal";
import { bodyTooLarge } from "../../../_lib/body-limit";
import { seeOther } from "../../../_lib/redirect";

export async function POST(req: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code);
  const page = `/ho-so/${encodeURIComponent(code)}`;
  const actor = await citizenOrNull();
  if (!actor) return seeOther(`/sign-in?next=${encodeURIComponent(page)}`);
  if (bodyTooLarge(req)) return seeOther(`${page}?bosung=invalid`);
  const db = await appDb();
  const form = await req.formData();
  const refs: FileRef[] = [];
  try {
    for (const f of form.getAll("files")) {
      if (!(f instanceof File) || f.size === 0) continue;
      refs.push(
        await uploadAttachment(db, {
          actor,
          input: {
            fieldKey: "supplement",
            fileName: f.name || "bo-sung",
            bytes: new Uint8Array(await f.arrayBuffer()),
          },
        }),
      );
    }
    if (refs.length === 0) return seeOther(`${page}?bosung=invalid`);
    const note = String(form.get("note") ?? "").trim();
    await answerSupplement(db, {
      actor,
      input: {
        code,
        files: refs,
        ...(note ? { note } : {}),
        idempotencyKey: String(form.get("idempotencyKey") ?? ""),
      },
    });
  } catch (error) {
    if (isServiceError(error) && error.code === "VALIDATION")
      return seeOther(`${page}?bosung=invalid`);
    throw error;
  }
  return seeOther(`${page}?sent=1`);
}
