/**
 * Outbox handler for kind `email` (payload `{to, subject, text}`), ADR 0009.
 * With `SMTP_URL` it sends through nodemailer; without one it stores the
 * message in `dev_mail`, which the `/dev/mail` catcher lists (development,
 * demo, tests). Throwing makes the worker retry the row with its backoff.
 *
 * Idempotence: a row already stored in `dev_mail` is not stored twice; SMTP
 * delivery is at-least-once (a worker dying between send and commit resends).
 */
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { z } from "zod";
import type { Db } from "../../client";
import { dbEnv } from "../../env";
import { devMail, type OutboxRow } from "../../schema";

export const EmailPayload = z.object({
  to: z.email(),
  subject: z.string().min(1).max(300),
  text: z.string().min(1).max(100_000),
});

export interface EmailHandlerOptions {
  /** `smtp://user:pass@host:587` or `smtps://…`; unset = store in `dev_mail`. */
  smtpUrl?: string;
  /** From address for SMTP (default `Một Cửa <no-reply@localhost>`). */
  from?: string;
}

/** Delivers one outbox `email` row with explicit options (tests, scripts). */
export async function handleEmail(
  db: Db,
  row: { id: number; payload: Record<string, unknown> },
  opts: EmailHandlerOptions = {},
): Promise<void> {
  const mail = EmailPayload.parse(row.payload);
  if (opts.smtpUrl) {
    const transport = nodemailer.createTransport(opts.smtpUrl);
    await transport.sendMail({ from: opts.from ?? "Một Cửa <no-reply@localhost>", ...mail });
    return;
  }
  const [already] = await db
    .select({ id: devMail.id })
    .from(devMail)
    .where(eq(devMail.outboxId, row.id));
  if (!already) await db.insert(devMail).values({ ...mail, outboxId: row.id });
}

/** The registry entry (`db/worker/handlers/index.ts`: `email`), configured from the environment. */
export async function email({ db, row }: { db: Db; row: OutboxRow }): Promise<void> {
  const env = dbEnv();
  await handleEmail(db, row, { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM });
}
