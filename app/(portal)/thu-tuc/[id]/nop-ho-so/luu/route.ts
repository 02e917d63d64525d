/**
 * The application form posts here (multipart, so uploads need no script and
 * no server-action body limit): files are uploaded through the verb, the
 * draft is saved, then the citizen goes back to the form (saved, or to see
 * the errors) or on to the review page.
 */
import type { NextRequest } from "next/server";
import { appDb } from "@/app/_lib/db";
import { isServiceError } from "@/db/services/errors";
import { saveDraft } from "@/db/services/portal/save-draft";
import { getDraft } from "@/db/services/portal/get-draft";
import { getService } from "@/db/services/portal/get-service";
import { uploadAttachment } from "@/db/services/portal/upload-attachment";
import { validateFormData } from "@/engine/forms";
import { citizenOrNull } from "../../../../_lib/portal";
import { bodyTooLarge } from "../../../../_lib/body-limit";
import { seeOther } from "../../../../_lib/redirect";
import { readStartForm, setAtPath } from "../../../../_lib/start-form";

export async function POST(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const base = `/thu-tuc/${encodeURIComponent(id)}/nop-ho-so`;
  const actor = await citizenOrNull();
  if (!actor) return seeOther(`/sign-in?next=${encodeURIComponent(base)}`);
  if (bodyTooLarge(req)) return seeOther(`${base}?check=1`);
  const db = await appDb();
  const service = await getService(db, { input: { id } });
  if (!service.startForm) return seeOther(`/thu-tuc/${encodeURIComponent(id)}`);
  const form = await req.formData();
  const draft = await getDraft(db, { actor, input: { procedure: id } });
  const { data, files } = readStartForm(service.startForm, form, draft?.data ?? {});
  const refused: string[] = [];
  for (const { key, file } of files) {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const ref = await uploadAttachment(db, {
        actor,
        input: { fieldKey: key, fileName: file.name || "tep", bytes },
      });
      setAtPath(data, key, ref);
    } catch (error) {
      if (!isServiceError(error) || error.code !== "VALIDATION") throw error;
      refused.push(key);
    }
  }
  const jurisdiction =
    typeof form.get("jurisdiction") === "string" ? String(form.get("jurisdiction")) : "";
  await saveDraft(db, {
    actor,
    input: { procedure: id, jurisdiction: jurisdiction || null, data },
  });
  const refusedQuery = refused.map((k) => `&tep=${encodeURIComponent(k)}`).join("");
  if (form.get("intent") === "draft") return seeOther(`${base}?saved=1${refusedQuery}`);
  // The engine's own check of the start form, to show errors before the review; the submit checks again.
  const check = validateFormData(service.startForm, data, { now: new Date() });
  if (!check.ok || !jurisdiction || refused.length > 0)
    return seeOther(`${base}?check=1${refusedQuery}`);
  return seeOther(`${base}/xem-lai`);
}
