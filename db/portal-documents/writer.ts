/**
 * A small A5 document writer for slips and results (Circular 01/2018 forms
 * are A5): centred headings, wrapped paragraphs, label–value lines and a
 * QR code in the top right corner, in Be Vietnam Pro.
 */
import { PDFDocument, rgb, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { embedFonts, runs, widthOf, type FontSet, type Weight } from "./fonts";

const A5: [number, number] = [419.53, 595.28];
const MARGIN = 36;

export class SlipWriter {
  private y = A5[1] - MARGIN;
  private constructor(
    readonly doc: PDFDocument,
    private page: PDFPage,
    private fonts: FontSet,
  ) {}

  static async create(title: string): Promise<SlipWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(title);
    doc.setCreator("Một Cửa");
    doc.setProducer("Một Cửa");
    doc.setLanguage("vi-VN");
    const fonts = await embedFonts(doc);
    return new SlipWriter(doc, doc.addPage(A5), fonts);
  }

  private get width(): number {
    return A5[0] - 2 * MARGIN;
  }

  private draw(text: string, x: number, size: number, weight: Weight): void {
    let at = x;
    for (const r of runs(this.fonts, text, weight)) {
      this.page.drawText(r.text, {
        x: at,
        y: this.y,
        size,
        font: r.font,
        color: rgb(0.1, 0.1, 0.12),
      });
      at += r.font.widthOfTextAtSize(r.text, size);
    }
  }

  private wrap(text: string, size: number, weight: Weight, width: number): string[] {
    const lines: string[] = [];
    for (const para of text.split("\n")) {
      let line = "";
      for (const word of para.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word;
        if (line && widthOf(this.fonts, next, size, weight) > width) {
          lines.push(line);
          line = word;
        } else line = next;
      }
      lines.push(line);
    }
    return lines;
  }

  private ensure(space: number): void {
    if (this.y - space < MARGIN) {
      this.page = this.doc.addPage(A5);
      this.y = A5[1] - MARGIN;
    }
  }

  /** Centred line(s); `right` leaves room for the QR code. */
  centred(text: string, size = 10, weight: Weight = 400, right = 0): this {
    for (const line of this.wrap(text, size, weight, this.width - right)) {
      this.ensure(size * 1.5);
      this.y -= size * 1.3;
      const w = widthOf(this.fonts, line, size, weight);
      this.draw(line, MARGIN + (this.width - right - w) / 2, size, weight);
    }
    this.y -= size * 0.3;
    return this;
  }

  paragraph(text: string, size = 10, weight: Weight = 400): this {
    for (const line of this.wrap(text, size, weight, this.width)) {
      this.ensure(size * 1.5);
      this.y -= size * 1.4;
      this.draw(line, MARGIN, size, weight);
    }
    return this;
  }

  /** "Label: value", the label bold, the value wrapped under the label's width. */
  field(label: string, value: string, size = 10): this {
    const head = `${label}: `;
    const lw = widthOf(this.fonts, head, size, 700);
    const lines = this.wrap(value || "—", size, 400, this.width - lw);
    lines.forEach((line, i) => {
      this.ensure(size * 1.5);
      this.y -= size * 1.4;
      if (i === 0) this.draw(head, MARGIN, size, 700);
      this.draw(line, MARGIN + lw, size, 400);
    });
    return this;
  }

  gap(points = 8): this {
    this.y -= points;
    return this;
  }

  /** A QR code at the top right of the first page. */
  async qr(payload: string, size = 92): Promise<this> {
    const png = await QRCode.toBuffer(payload, {
      errorCorrectionLevel: "M",
      margin: 1,
      width: 300,
    });
    const image = await this.doc.embedPng(png);
    const first = this.doc.getPage(0);
    first.drawImage(image, {
      x: A5[0] - MARGIN - size,
      y: A5[1] - MARGIN - size,
      width: size,
      height: size,
    });
    return this;
  }

  /** The page's free box for a signature appearance, at the current position. */
  signatureBox(height = 60): [number, number, number, number] {
    this.ensure(height + 10);
    this.y -= height;
    return [A5[0] - MARGIN - 170, this.y, A5[0] - MARGIN, this.y + height];
  }

  get currentPage(): PDFPage {
    return this.page;
  }

  save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: false });
  }
}
