/**
 * GET /inbox/tasks/{id}/attachments/{attachmentId}[?download=1]: a dossier
 * file for the officials who may open the task (getAttachment authorises and
 * finds the bytes from the stored row). PDFs and images open inline unless a
 * download is asked for; every other type is always a download.
 */
import { actorFromPrincipal } from "@/app/_lib/actor-from-session";
import { appDb } from "@/app/_lib/db";
import { currentPrincipal } from "@/app/_lib/session";
import { isServiceError } from "@/db/services/errors";
import { getAttachment, type AttachmentFile } from "@/db/services/inbox/get-attachment";
import { contentDisposition } from "../../../../_lib/content-disposition";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; attachmentId: string }> },
): Promise<Response> {
  const { id, attachmentId } = await params;
  const principal = await currentPrincipal();
  if (!principal) return new Response("sign in first", { status: 401 });
  const actor = actorFromPrincipal(principal, "official");
  if (!actor) return new Response("not found", { status: 404 });
  let file: AttachmentFile;
  try {
    file = await getAttachment(await appDb(), { actor, input: { taskId: id, attachmentId } });
  } catch (error) {
    // Someone else's file is as absent as a missing one.
    if (isServiceError(error)) return new Response("not found", { status: 404 });
    throw error;
  }
  const download = new URL(request.url).searchParams.has("download") || !file.inline;
  return new Response(file.open(), {
    headers: {
      "content-type": file.mime,
      "content-length": String(file.size),
      "content-disposition": contentDisposition(download ? "attachment" : "inline", file.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
