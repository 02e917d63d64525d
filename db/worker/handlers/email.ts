/**
 * Outbox handler for kind `email` (payload `{to, subject, text}`). With an
 * SMTP URL it sends through nodemailer; without one it stores the message in
 * `dev_mail`, which the `/dev/mail` catcher lists (development and demo).
 * Throwing makes the worker retry the row with its backoff.
 */
import nodemailer from "nodemailer";
import { z } from "zod";
import type { Db } from "../../client";
import { devMail } from "../../schema";

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

/** Delivers one outbox `email` row. */
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
  await db.insert(devMail).values({ ...mail, outboxId: row.id });
}
