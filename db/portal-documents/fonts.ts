/**
 * Be Vietnam Pro (the app's own, self-hosted font) for PDFs. @fontsource
 * ships it as subsets (latin, latin-ext, vietnamese), so text is drawn in
 * runs, each character in the first subset that has its glyph.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
export type Weight = 400 | 700;

interface Face {
  has: (codePoint: number) => boolean;
  font: PDFFont;
}

export interface FontSet {
  faces: Record<Weight, Face[]>;
}

const bytesCache = new Map<string, Promise<Buffer>>();

function fontFile(subset: string, weight: Weight): Promise<Buffer> {
  const file = path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    "node_modules/@fontsource/be-vietnam-pro/files",
    `be-vietnam-pro-${subset}-${weight}-normal.woff`,
  );
  let entry = bytesCache.get(file);
  if (!entry) {
    entry = readFile(file);
    entry.catch(() => bytesCache.delete(file));
    bytesCache.set(file, entry);
  }
  return entry;
}

export async function embedFonts(doc: PDFDocument): Promise<FontSet> {
  doc.registerFontkit(fontkit);
  const load = async (weight: Weight) =>
    Promise.all(
      SUBSETS.map(async (s) => {
        const bytes = await fontFile(s, weight);
        const parsed = fontkit.create(bytes);
        return {
          has: (cp: number) => parsed.hasGlyphForCodePoint(cp),
          font: await doc.embedFont(bytes, { subset: true }),
        };
      }),
    );
  return { faces: { 400: await load(400), 700: await load(700) } };
}

/** The text split into runs that one font can draw. */
export function runs(
  fonts: FontSet,
  text: string,
  weight: Weight,
): { font: PDFFont; text: string }[] {
  const faces = fonts.faces[weight];
  const out: { font: PDFFont; text: string }[] = [];
  for (const ch of text.normalize("NFC")) {
    const face = faces.find((f) => f.has(ch.codePointAt(0) ?? 32)) ?? faces[0]!;
    const last = out[out.length - 1];
    if (last && last.font === face.font) last.text += ch;
    else out.push({ font: face.font, text: ch });
  }
  return out;
}

export function widthOf(fonts: FontSet, text: string, size: number, weight: Weight): number {
  return runs(fonts, text, weight).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
}
