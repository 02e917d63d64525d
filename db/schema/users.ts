/**
 * People and credentials: users with global roles, their memberships in
 * units (where official role codes live), browser sessions and API tokens.
 * Secrets are never stored, only their hashes.
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, tstz, uuidPk } from "./columns";
import { units } from "./org";

/** Global roles (DESIGN.md §9); official roles are per unit, in `memberships`. */
export type GlobalRole =
  "admin" | "designer" | "citizen" | "supervisor" | "official" | "integration";

export const users = pgTable("users", {
  id: uuidPk(),
  username: text("username").notNull().unique(),
  /** bcrypt hash; null for accounts that log in only through an external identity (e.g. VNeID). */
  passwordHash: text("password_hash"),
  name: text("name").notNull(),
  email: text("email"),
  emailVerified: boolean("email_verified").notNull().default(false),
  disabled: boolean("disabled").notNull().default(false),
  roles: text("roles")
    .array()
    .$type<GlobalRole[]>()
    .notNull()
    .default(sql`'{}'::text[]`),
  createdAt: createdAt(),
});

/** A user's role codes (`reception`, `specialist`, `leader`, `clerk` …) in one unit. */
export const memberships = pgTable(
  "memberships",
  {
    id: uuidPk(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    unitCode: text("unit_code")
      .notNull()
      .references(() => units.code, { onUpdate: "cascade" }),
    roles: text("roles")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Set when this membership is a stand-in for another official (leave, delegation). */
    substituteFor: uuid("substitute_for").references(() => users.id, { onDelete: "set null" }),
    validFrom: tstz("valid_from"),
    validTo: tstz("valid_to"),
    createdAt: createdAt(),
  },
  (t) => [
    index("memberships_user_idx").on(t.userId),
    index("memberships_unit_idx").on(t.unitCode),
    // A user's own (non-substitute) membership in a unit is one row; seeding and HR sync upsert it.
    uniqueIndex("memberships_own_uq")
      .on(t.userId, t.unitCode)
      .where(sql`${t.substituteFor} is null`),
  ],
);

/** Browser sessions behind the session cookie. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuidPk(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: tstz("expires_at").notNull(),
    revokedAt: tstz("revoked_at"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Bearer tokens for `/api/v1` (DESIGN.md §7): a user's own, or an integration's with scopes. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuidPk(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"user" | "integration">().notNull(),
    name: text("name"),
    scopes: text("scopes")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    expiresAt: tstz("expires_at"),
    lastUsedAt: tstz("last_used_at"),
    revokedAt: tstz("revoked_at"),
  },
  (t) => [
    index("api_tokens_user_idx").on(t.userId),
    check("api_tokens_kind_ck", sql`${t.kind} in ('user', 'integration')`),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
