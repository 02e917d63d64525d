/**
 * Uploaded documents and fee payments of a dossier. File bytes live in the
 * file store (`storage_path`); the row keeps what is needed to check them.
 */
import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, tstz, uuidPk } from "./columns";
import { dossiers } from "./dossiers";
import { users } from "./users";

export const attachments = pgTable(
  "attachments",
  {
    id: uuidPk(),
    /** Null while an upload waits for the dossier it belongs to (uploaded before submit). */
    dossierId: uuid("dossier_id").references(() => dossiers.id),
    /** The form field key the file answers. */
    fieldKey: text("field_key"),
    fileName: text("file_name").notNull(),
    mime: text("mime").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    storagePath: text("storage_path").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("attachments_dossier_idx").on(t.dossierId),
    check("attachments_size_ck", sql`${t.size} >= 0`),
  ],
);

export type PaymentStatus = "pending" | "paid" | "failed" | "refunded" | "cancelled";

export const payments = pgTable(
  "payments",
  {
    id: uuidPk(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    /** VND, integer. */
    amount: bigint("amount", { mode: "number" }).notNull(),
    /** e.g. `paygov`, `vietqr`, `cash`, `demo`. */
    provider: text("provider").notNull(),
    status: text("status").$type<PaymentStatus>().notNull().default("pending"),
    /** The provider's transaction reference. */
    reference: text("reference"),
    details: jsonb("details").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    paidAt: tstz("paid_at"),
  },
  (t) => [
    index("payments_dossier_idx").on(t.dossierId),
    check("payments_amount_ck", sql`${t.amount} >= 0`),
    check(
      "payments_status_ck",
      sql`${t.status} in ('pending', 'paid', 'failed', 'refunded', 'cancelled')`,
    ),
  ],
);

export type AttachmentRow = typeof attachments.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
