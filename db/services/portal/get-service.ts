/**
 * One procedure as the portal presents it (`/thu-tuc/[id]`): the catalogue
 * facts, the start form, the steps in plain order with their tier, the
 * documents to hand in (the start form's file fields), the legal basis and
 * how results are returned. Public, like the catalogue.
 */
import type { Db } from "../../client";
import { loadProcedure } from "../../store/procedures";
import { getProcedure, type ProcedureDetail } from "../get-procedure";
import { documentsOf, factsOf, type RequiredDocument, type ServiceFacts } from "./service-model";

export interface ServicePage extends ProcedureDetail, ServiceFacts {
  documents: RequiredDocument[];
}

export async function getService(db: Db, { input }: { input: unknown }): Promise<ServicePage> {
  const detail = await getProcedure(db, { input });
  const proc = await loadProcedure(db, detail.id, detail.version);
  return { ...detail, ...factsOf(proc), documents: documentsOf(detail.startForm) };
}
