/**
 * A PDF of a dossier for whoever may read it (`getPortalDossier`'s access):
 * the receipt (form 01), the supplement request (form 02) once one was
 * made, the fee receipt once paid, and the electronic result once issued.
 * NOT_FOUND when the document does not exist (yet).
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { dossierFacts, resultFieldLike } from "../../portal-documents/facts";
import { makeResultPdf } from "../../portal-documents/result";
import { paymentReceipt, receiptSlip, supplementSlip } from "../../portal-documents/slips";
import { readStored } from "../../portal-files/store";
import { attachments, dossiers } from "../../schema";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { getPortalDossier } from "./get-portal-dossier";
import { trackingUrl } from "./mail";
import { lastSupplementRequest } from "./supplement-request";

export const DOCUMENTS = ["tiep-nhan", "bo-sung", "bien-lai", "ket-qua"] as const;
export type DocumentKind = (typeof DOCUMENTS)[number];

export const GetDocumentInput = z.object({
  code: z.string().min(1).max(100),
  secret: z.string().min(1).max(200).optional(),
  doc: z.enum(DOCUMENTS),
});

export async function getDocument(
  db: Db,
  { actors, input }: { actors: readonly Actor[]; input: unknown },
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { code, secret, doc } = parseInput(GetDocumentInput, input);
  const page = await getPortalDossier(db, { actors, input: { code, secret } });
  const [d] = await db.select().from(dossiers).where(eq(dossiers.code, code));
  if (!d) throw new ServiceError("NOT_FOUND", `dossier ${code} not found`);
  const url = page.secret ? trackingUrl(code, page.secret) : null;
  const facts = await dossierFacts(db, d, url);
  const missing = new ServiceError("NOT_FOUND", `${doc} is not issued for ${code}`);
  const name = (what: string) => `${what}-${code}.pdf`;
  switch (doc) {
    case "tiep-nhan":
      return {
        fileName: name("giay-tiep-nhan"),
        bytes: await receiptSlip(facts, d.receivedAt ?? d.createdAt),
      };
    case "bo-sung": {
      const req = await lastSupplementRequest(db, d.id);
      if (!req) throw missing;
      return {
        fileName: name("phieu-bo-sung"),
        bytes: await supplementSlip(facts, req.reasons, req.at),
      };
    }
    case "bien-lai": {
      if (!page.paid) throw missing;
      return {
        fileName: name("bien-lai"),
        bytes: await paymentReceipt(facts, { ...page.paid, paidAt: new Date(page.paid.paidAt) }),
      };
    }
    case "ket-qua": {
      const [file] = await db
        .select()
        .from(attachments)
        .where(and(eq(attachments.dossierId, d.id), resultFieldLike))
        .limit(1);
      if (!file) throw missing;
      // The stored, signed file is the result; it is made again only if the file store lost it.
      const bytes = await readStored(file.storagePath).catch(() =>
        makeResultPdf(db, d, file.createdAt),
      );
      return { fileName: name("ket-qua"), bytes: new Uint8Array(bytes) };
    }
  }
}
