/** Shared setup of the inbox verb tests: the Hanoi organisation and the birth-registration workflow. */
import type { Db } from "../../client";
import { publishRaw, setupOrganisation, workflowFiles } from "../../store/test-support";

/** A Monday at 09:00 in Hanoi, a working day (2 March 2026). */
export const MONDAY = new Date("2026-03-02T09:00:00+07:00");

/** Publishes `dang-ky-khai-sinh` on the organisation; returns its procedure id. */
export async function setupKhaiSinh(db: Db): Promise<string> {
  await setupOrganisation(db);
  const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
  return publishRaw(db, bpmn, forms);
}
