/**
 * The citizen portal's own rows: application drafts a citizen saves and
 * resumes before submitting (one per citizen and procedure).
 */
import { index, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, tstz, uuidPk } from "./columns";
import { users } from "./users";

export const portalDrafts = pgTable(
  "portal_drafts",
  {
    id: uuidPk(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    procedureId: text("procedure_id").notNull(),
    /** Unit code of the chosen jurisdiction, if picked yet. */
    jurisdiction: text("jurisdiction"),
    /** The start form's values as typed, unvalidated (the submit validates). */
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    unique("portal_drafts_citizen_procedure_uq").on(t.citizenId, t.procedureId),
    index("portal_drafts_citizen_idx").on(t.citizenId, t.updatedAt),
  ],
);

export type PortalDraftRow = typeof portalDrafts.$inferSelect;
