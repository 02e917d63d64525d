/** Shared setup of the inbox verb tests: the Hanoi organisation and the birth-registration workflow. */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { outbox, users } from "../../schema";
import { publishRaw, setupOrganisation, workflowFiles } from "../../store/test-support";

/** A Monday at 09:00 in Hanoi, a working day (2 March 2026). */
export const MONDAY = new Date("2026-03-02T09:00:00+07:00");

/** Publishes `dang-ky-khai-sinh` on the organisation; returns its procedure id. */
export async function setupKhaiSinh(db: Db): Promise<string> {
  await setupOrganisation(db);
  const { bpmn, forms } = await workflowFiles("dang-ky-khai-sinh");
  return publishRaw(db, bpmn, forms);
}

/** Gives a user an e-mail address (the worker's mails go only to those who have one). */
export async function withEmail(db: Db, id: string, email: string): Promise<void> {
  await db.update(users).set({ email }).where(eq(users.id, id));
}

/** The e-mails queued in the outbox for `email`. */
export async function mailsTo(db: Db, email: string) {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.kind, "email"), sql`${outbox.payload}->>'to' = ${email}`));
}
