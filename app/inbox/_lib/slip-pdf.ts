import "server-only";
/**
 * The printable slips (Circular 01/2018 forms 02–05) as A5 PDFs with the QR
 * code Circular 01/2023 asks for (dossier code, procedure code, applicant
 * id, document name, issuing system, time). Text is set in the app's own
 * Be Vietnam Pro, whose Latin and Vietnamese glyphs ship as two subsets: each
 * run of text is drawn in the subset that has its characters.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";

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

interface Faces {
  latin: PDFFont;
  vi: PDFFont;
  latinSet: Set<number>;
}

const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/be-vietnam-pro/files");
const A5: [number, number] = [419.53, 595.28];
const MARGIN = 36;

async function faces(doc: PDFDocument, weight: 400 | 700): Promise<Faces> {
  const file = (subset: string) =>
    readFile(path.join(FONT_DIR, `be-vietnam-pro-${subset}-${weight}-normal.woff`));
  const [latin, vi] = await Promise.all([
    doc.embedFont(await file("latin"), { subset: true }),
    doc.embedFont(await file("vietnamese"), { subset: true }),
  ]);
  return { latin, vi, latinSet: new Set(latin.getCharacterSet()) };
}

/** Splits text into runs of one subset each. */
function runs(text: string, f: Faces): { font: PDFFont; text: string }[] {
  const out: { font: PDFFont; text: string }[] = [];
  for (const ch of text.normalize("NFC")) {
    const font = f.latinSet.has(ch.codePointAt(0)!) ? f.latin : f.vi;
    const last = out.at(-1);
    if (last && last.font === font) last.text += ch;
    else out.push({ font, text: ch });
  }
  return out;
}

function width(text: string, f: Faces, size: number): number {
  return runs(text, f).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
}

/** Greedy word wrap to `max` points. */
function wrap(text: string, f: Faces, size: number, max: number): string[] {
  const lines: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    let line = "";
    for (const word of para.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && width(next, f, size) > max) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

class Writer {
  y: number;
  page: PDFPage;
  constructor(
    private doc: PDFDocument,
    private regular: Faces,
    private bold: Faces,
  ) {
    this.page = doc.addPage(A5);
    this.y = A5[1] - MARGIN;
  }
  text(
    text: string,
    opts: { size?: number; bold?: boolean; center?: boolean; indent?: number } = {},
  ) {
    const size = opts.size ?? 10;
    const f = opts.bold ? this.bold : this.regular;
    const max = A5[0] - 2 * MARGIN - (opts.indent ?? 0);
    for (const line of wrap(text, f, size, max)) {
      if (this.y < MARGIN + size) {
        this.page = this.doc.addPage(A5);
        this.y = A5[1] - MARGIN;
      }
      this.y -= size * 1.35;
      let x = MARGIN + (opts.indent ?? 0);
      if (opts.center) x = (A5[0] - width(line, f, size)) / 2;
      for (const r of runs(line, f)) {
        this.page.drawText(r.text, {
          x,
          y: this.y,
          size,
          font: r.font,
          color: rgb(0.1, 0.1, 0.12),
        });
        x += r.font.widthOfTextAtSize(r.text, size);
      }
    }
  }
  gap(points: number) {
    this.y -= points;
  }
}

/** The slip as PDF bytes. */
export async function slipPdf(c: SlipContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${c.formNo} — ${c.title}`);
  doc.setCreator("Một Cửa");
  const [regular, bold] = await Promise.all([faces(doc, 400), faces(doc, 700)]);
  const w = new Writer(doc, regular, bold);
  const qr = await doc.embedPng(
    await QRCode.toBuffer(c.qr, { type: "png", margin: 1, width: 240 }),
  );
  w.page.drawImage(qr, { x: A5[0] - MARGIN - 72, y: A5[1] - MARGIN - 72, width: 72, height: 72 });
  w.text(c.issuer, { size: 9, bold: true, indent: 0 });
  w.text("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 8 });
  w.text("Độc lập - Tự do - Hạnh phúc", { size: 8 });
  w.text(c.formNo, { size: 8 });
  w.gap(28);
  w.text(c.title.toUpperCase(), { size: 12, bold: true, center: true });
  w.gap(8);
  for (const [label, value] of c.facts) w.text(`${label}: ${value}`, { size: 10 });
  for (const b of c.body) {
    w.gap(6);
    if (b.heading) w.text(b.heading, { size: 10, bold: true });
    w.text(b.text, { size: 10, indent: 8 });
  }
  w.gap(12);
  w.text(c.footer, { size: 8 });
  return doc.save();
}
