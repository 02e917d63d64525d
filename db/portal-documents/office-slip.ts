/**
 * The slips an official prints from the inbox (Circular 01/2018 forms 02–05)
 * as A5 PDFs, laid out by the same writer as the portal's documents, with the
 * QR code Circular 01/2023 asks for (dossier code, procedure code, applicant
 * id, document name, issuing system, time) in the top right corner.
 */
import { SlipWriter } from "./writer";

export interface SlipContent {
  /** e.g. "Mẫu số 02". */
  formNo: string;
  title: string;
  issuer: string;
  /** Label / value pairs under the title. */
  facts: [string, string][];
  /** Paragraphs (reasons, items, the control sheet's lines). */
  body: { heading?: string; text: string }[];
  qr: string;
  footer: string;
}

/** Room kept right of the heading lines for the QR code. */
const QR_SIZE = 72;
const BESIDE_QR = QR_SIZE + 8;

/** The slip as PDF bytes. */
export async function officeSlip(c: SlipContent): Promise<Uint8Array> {
  const w = await SlipWriter.create(`${c.formNo} — ${c.title}`);
  await w.qr(c.qr, QR_SIZE);
  w.centred("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 9, 700, BESIDE_QR)
    .centred("Độc lập - Tự do - Hạnh phúc", 9, 700, BESIDE_QR)
    .gap(4)
    .centred(c.issuer, 9, 400, BESIDE_QR)
    .centred(c.formNo, 8, 400, BESIDE_QR)
    .gap(28)
    .centred(c.title.toUpperCase(), 12, 700)
    .gap(8);
  for (const [label, value] of c.facts) w.field(label, value);
  for (const b of c.body) {
    w.gap(6);
    if (b.heading) w.paragraph(b.heading, 10, 700);
    w.paragraph(b.text);
  }
  w.gap(12).paragraph(c.footer, 8);
  return w.save();
}
