/**
 * Sign-in support tables (issue 5, ADR 0009): failed sign-in attempts for the
 * sliding-window lockout and rate limit, one-time email verification tokens,
 * and the development mail box the email handler writes to when no SMTP
 * server is configured.
 */
import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, tstz, uuidPk } from "./columns";
import { users } from "./users";

/**
 * One row per failed sign-in. `username` is the lower-cased name typed, known
 * or not, so an unknown name locks exactly like a real one (no enumeration).
 */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    username: text("username").notNull(),
    ip: text("ip").notNull(),
    at: tstz("at").notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_failures_username_at_idx").on(t.username, t.at),
    index("sign_in_failures_ip_at_idx").on(t.ip, t.at),
  ],
);

/** A one-time link that proves a citizen owns an email address. Only the token's hash is kept. */
export const emailVerifications = pgTable(
  "email_verifications",
  {
    id: uuidPk(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: tstz("expires_at").notNull(),
    usedAt: tstz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("email_verifications_user_idx").on(t.userId)],
);

/** Mail "sent" without SMTP (development, demo, tests): what `/dev/mail` lists. */
export const devMail = pgTable(
  "dev_mail",
  {
    id: uuidPk(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** The outbox row it came from, when it came through the worker. */
    outboxId: bigint("outbox_id", { mode: "number" }),
    meta: jsonb("meta").$type<Record<string, unknown>>(),
    sentAt: tstz("sent_at").notNull().defaultNow(),
  },
  (t) => [
    index("dev_mail_sent_idx").on(t.sentAt),
    check("dev_mail_to_ck", sql`length(${t.to}) > 0`),
  ],
);

export type DevMailRow = typeof devMail.$inferSelect;
