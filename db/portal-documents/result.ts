/**
 * The electronic result of a dossier (the `issue-result` worker step): a PDF
 * with its QR code, signed with the configured certificate, written to the
 * file store and filed among the dossier's attachments under `result:<task>`.
 * Safe to run twice: the id is derived from the dossier and task, and an
 * existing file is kept.
 */
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { portalConfig } from "../portal-files/config";
import { storeBytes } from "../portal-files/store";
import { attachments, dossiers } from "../schema";
import { dossierFacts, RESULT_FIELD } from "./facts";
import { loadSigningKey, signedPdf } from "./sign";
import { resultDocument } from "./slips";
import { sha256Hex } from "../hash";

/** A uuid-shaped id fixed by the dossier and the task, so a retried step finds its own file. */
function resultId(dossierId: string, taskKey: string): string {
  const h = sha256Hex(`result:${dossierId}:${taskKey}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const LABELS: Record<string, string> = {
  hoTenTre: "Họ và tên người được khai sinh",
  ngaySinhTre: "Ngày sinh",
  tenHoKinhDoanh: "Tên hộ kinh doanh",
  diaChiKinhDoanh: "Địa chỉ kinh doanh",
  nganhNghe: "Ngành, nghề kinh doanh",
  soBanSao: "Số bản sao",
};

export async function makeResultPdf(db: Db, d: typeof dossiers.$inferSelect, issuedAt: Date) {
  const facts = await dossierFacts(db, d, null);
  const details = Object.entries(LABELS).flatMap(([k, label]): [string, string][] =>
    typeof d.data[k] === "string" || typeof d.data[k] === "number"
      ? [[label, String(d.data[k])]]
      : [],
  );
  const w = await resultDocument(facts, issuedAt, details);
  const key = await loadSigningKey(portalConfig().signing);
  return signedPdf(w, key, { name: facts.unitName, location: "Việt Nam" });
}

/**
 * Makes and stores the result PDF before the step's transaction; returns the
 * write that files it, to run inside that transaction.
 */
export async function prepareResult(
  db: Db,
  dossierId: string,
  taskKey: string,
  now: Date = new Date(),
): Promise<(tx: Tx) => Promise<void>> {
  const [d] = await db.select().from(dossiers).where(eq(dossiers.id, dossierId));
  if (!d) return async () => {};
  const id = resultId(dossierId, taskKey);
  const bytes = await makeResultPdf(db, d, now);
  let storagePath: string;
  try {
    storagePath = await storeBytes(id, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    storagePath = `${id.slice(0, 2)}/${id}`;
  }
  return async (tx) => {
    await tx
      .insert(attachments)
      .values({
        id,
        dossierId,
        fieldKey: `${RESULT_FIELD}${taskKey}`,
        fileName: `ket-qua-${d.code}.pdf`,
        mime: "application/pdf",
        size: bytes.byteLength,
        sha256: sha256Hex(bytes),
        storagePath,
      })
      .onConflictDoNothing();
  };
}
