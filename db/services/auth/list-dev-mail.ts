/**
 * What the development mail catcher shows: messages the email handler stored
 * in `dev_mail`, and — until a worker has delivered them — `email` rows still
 * waiting in the outbox, read directly and marked as queued. Callers decide
 * who may see it (app/dev/mail: outside production, or admins).
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../client";
import { devMail, outbox } from "../../schema";
import { EmailPayload } from "../../worker/handlers/email";

export interface CaughtMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  at: Date;
  state: "delivered" | "queued";
}

/** Newest first, at most `limit`. */
export async function listDevMail(db: Db, limit = 50): Promise<CaughtMail[]> {
  const delivered = await db.select().from(devMail).orderBy(desc(devMail.sentAt)).limit(limit);
  const queuedRows = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.kind, "email"), inArray(outbox.status, ["pending", "running", "failed"])))
    .orderBy(desc(outbox.id))
    .limit(limit);
  const queued = queuedRows.flatMap((r): CaughtMail[] => {
    const p = EmailPayload.safeParse(r.payload);
    return p.success ? [{ id: `outbox-${r.id}`, ...p.data, at: r.createdAt, state: "queued" }] : [];
  });
  return [
    ...queued,
    ...delivered.map((m): CaughtMail => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      at: m.sentAt,
      state: "delivered",
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
}
