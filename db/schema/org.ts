/**
 * The organisation (DESIGN.md §3): configured levels and a tree of units.
 *
 * Levels and units are versioned configuration (DOMAIN.md "Tiers change"):
 * a row carries `effective_from` and `retired_at` instead of being deleted,
 * so a 2025-style reform (districts abolished) retires rows and adds new ones
 * while old dossiers still resolve the units they were routed to. The
 * current organisation is every row with `retired_at IS NULL`.
 */
import { sql } from "drizzle-orm";
import {
  foreignKey,
  index,
  integer,
  pgTable,
  serial,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { tstz, uuidPk } from "./columns";

/** Hierarchy levels, ordered from the top by `rank` (0 = top). */
export const levels = pgTable(
  "levels",
  {
    id: serial("id").primaryKey(),
    /** Stable code used in BPMN `tier` properties, e.g. `city`, `district`, `commune`. */
    code: text("code").notNull(),
    /** Display name, e.g. "Cấp xã". */
    name: text("name"),
    rank: integer("rank").notNull(),
    effectiveFrom: tstz("effective_from").notNull().defaultNow(),
    retiredAt: tstz("retired_at"),
  },
  (t) => [
    // One current row per code; retired rows keep the history.
    uniqueIndex("levels_current_code_uq")
      .on(t.code)
      .where(sql`${t.retiredAt} is null`),
  ],
);

/** Units (sở, quận, phường, phòng …). `code` is the routing identifier and never reused. */
export const units = pgTable(
  "units",
  {
    id: uuidPk(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    /** A `levels.code`; checked by the services, not by a foreign key, because level rows are versioned. */
    level: text("level").notNull(),
    /** Unit kind at its level, e.g. `justice`, `land-office`; null for the general unit (people's committee). */
    kind: text("kind"),
    parentCode: text("parent_code"),
    effectiveFrom: tstz("effective_from").notNull().defaultNow(),
    retiredAt: tstz("retired_at"),
  },
  (t) => [
    foreignKey({
      columns: [t.parentCode],
      foreignColumns: [t.code],
      name: "units_parent_fk",
    }).onUpdate("cascade"),
    index("units_parent_idx").on(t.parentCode),
    index("units_level_kind_idx").on(t.level, t.kind),
  ],
);

export type LevelRow = typeof levels.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type NewUnit = typeof units.$inferInsert;
