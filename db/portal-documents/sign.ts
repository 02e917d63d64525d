/**
 * Digital signature of electronic results with the configured PKCS#12
 * certificate (PAdES-style detached CMS through @signpdf). Without a
 * certificate the result is issued unsigned and says so nowhere else: the
 * operator's configuration decides (RESULT_SIGNING_P12).
 */
import { readFile } from "node:fs/promises";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { P12Signer } from "@signpdf/signer-p12";
// The named class, not the default instance: a CommonJS default is not the same object under every loader.
import { SignPdf } from "@signpdf/signpdf";
import type { SlipWriter } from "./writer";

export interface SigningKey {
  p12: Uint8Array;
  passphrase: string;
}

export async function loadSigningKey(
  config: { p12Path: string; passphrase: string } | null,
): Promise<SigningKey | null> {
  if (!config) return null;
  return { p12: await readFile(config.p12Path), passphrase: config.passphrase };
}

/** Saves the writer's document, signed when a key is given. */
export async function signedPdf(
  w: SlipWriter,
  key: SigningKey | null,
  signer: { name: string; location: string },
): Promise<Uint8Array> {
  if (!key) return w.save();
  pdflibAddPlaceholder({
    pdfDoc: w.doc,
    reason: "Ký số kết quả giải quyết thủ tục hành chính",
    contactInfo: "",
    name: signer.name,
    location: signer.location,
    appName: "Một Cửa",
    widgetRect: w.signatureBox(),
  });
  const unsigned = await w.save();
  const signed = await new SignPdf().sign(
    Buffer.from(unsigned),
    new P12Signer(Buffer.from(key.p12), { passphrase: key.passphrase }),
  );
  return new Uint8Array(signed);
}
