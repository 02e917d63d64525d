/**
 * Bearer tokens for `/api/v1` (DESIGN.md §7, ADR 0011). A token is
 * `mc_<random>.<signature>`: the HMAC over the random part with the server's
 * signing key lets a forged token be refused without a database read; the
 * row (kept by the token's hash only) makes it revocable and expiring.
 *
 * Two kinds: a user's own short-lived token from `POST /auth/token` (acts as
 * that user, whatever roles they hold), and an integration token an admin
 * issues for another system, long-lived and limited to its scopes.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { and, desc, eq, gt, isNull, or } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { apiTokens, history, users, type ActorKind } from "../../schema";
import type { Principal } from "./principal";
import { assertCan } from "../authz";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { verifyCredentials } from "./verify-credentials";
import { sha256Hex } from "../../hash";

/** A user token's life: short, so a leaked one is worth little. */
export const USER_TOKEN_TTL_MS = 60 * 60 * 1000;

/**
 * What an integration token may do: deliver messages, read dossiers, and
 * complete service tasks of external types (`tasks`, for the systems those
 * tasks wait on).
 */
export const INTEGRATION_SCOPES = ["messages", "read", "tasks", "payments"] as const;
export type IntegrationScope = (typeof INTEGRATION_SCOPES)[number];

/** The audit trail's actor kind for a person with these global roles. */
export function actorKindOf(roles: readonly string[]): ActorKind {
  for (const k of ["admin", "designer", "official", "citizen"] as const)
    if (roles.includes(k)) return k;
  return "official";
}

const hash = sha256Hex;
const sign = (body: string, key: string) =>
  createHmac("sha256", key).update(body).digest("base64url").slice(0, 32);

function mint(key: string): string {
  const body = `mc_${randomBytes(24).toString("base64url")}`;
  return `${body}.${sign(body, key)}`;
}

/** True when `token` carries a valid signature by `key` (no database read). */
export function signatureValid(token: string, key: string): boolean {
  const dot = token.lastIndexOf(".");
  if (dot <= 0 || !token.startsWith("mc_")) return false;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(token.slice(0, dot), key));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `POST /api/v1/auth/token`: a short-lived token for good credentials (same limits as sign-in). */
export async function issueUserToken(
  db: Db,
  { input, ip, key, now = new Date() }: { input: unknown; ip: string; key: string; now?: Date },
): Promise<{ token: string; expiresAt: string }> {
  const { userId } = await verifyCredentials(db, input, { ip, now });
  const [user] = await db.select({ roles: users.roles }).from(users).where(eq(users.id, userId));
  const token = mint(key);
  const expiresAt = new Date(now.getTime() + USER_TOKEN_TTL_MS);
  await db.transaction(async (tx) => {
    await tx
      .insert(apiTokens)
      .values({ tokenHash: hash(token), userId, kind: "user", createdAt: now, expiresAt });
    await tx.insert(history).values({
      actorId: userId,
      actorKind: actorKindOf(user?.roles ?? []),
      action: "api.token.issued",
      details: { kind: "user", ip },
      at: now,
    });
  });
  return { token, expiresAt: expiresAt.toISOString() };
}

export const IssueIntegrationTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(INTEGRATION_SCOPES)).min(1),
  /** Days until it expires; none = until revoked. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

/** An admin issues an integration token (shown once; only its hash is kept). */
export async function issueIntegrationToken(
  db: Db,
  {
    actor,
    input,
    key,
    now = new Date(),
  }: { actor: Principal | null; input: unknown; key: string; now?: Date },
): Promise<{ id: string; token: string; expiresAt: string | null }> {
  assertCan(actor, "users.manage");
  const { name, scopes, expiresInDays } = parseInput(IssueIntegrationTokenInput, input);
  const token = mint(key);
  const expiresAt = expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        tokenHash: hash(token),
        userId: actor.userId,
        kind: "integration",
        name,
        scopes: [...new Set(scopes)],
        createdAt: now,
        expiresAt,
      })
      .returning({ id: apiTokens.id });
    await tx.insert(history).values({
      actorId: actor.userId,
      actorKind: "admin",
      action: "api.token.issued",
      details: { kind: "integration", token: row!.id, name, scopes },
      at: now,
    });
    return { id: row!.id, token, expiresAt: expiresAt?.toISOString() ?? null };
  });
}

/** An admin revokes any token by id; NOT_FOUND for an unknown one. Revoking twice is a no-op. */
export async function revokeApiToken(
  db: Db,
  { actor, input, now = new Date() }: { actor: Principal | null; input: unknown; now?: Date },
): Promise<void> {
  assertCan(actor, "users.manage");
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (!row) {
      const [exists] = await tx
        .select({ id: apiTokens.id })
        .from(apiTokens)
        .where(eq(apiTokens.id, id));
      if (!exists) throw new ServiceError("NOT_FOUND", `token ${id} not found`);
      return;
    }
    await tx.insert(history).values({
      actorId: actor.userId,
      actorKind: "admin",
      action: "api.token.revoked",
      details: { token: id },
      at: now,
    });
  });
}

/** `DELETE /api/v1/auth/token`: the caller ends the token they are using. */
export async function revokeOwnToken(
  db: Db,
  holder: TokenHolder,
  now: Date = new Date(),
): Promise<void> {
  await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, holder.tokenId), isNull(apiTokens.revokedAt)));
}

export interface IntegrationTokenView {
  id: string;
  name: string | null;
  scopes: string[];
  owner: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The integration tokens, newest first, for `/admin/tokens`. */
export async function listIntegrationTokens(
  db: Db,
  { actor }: { actor: Principal | null },
): Promise<IntegrationTokenView[]> {
  assertCan(actor, "users.manage");
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      scopes: apiTokens.scopes,
      owner: users.username,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.kind, "integration"))
    .orderBy(desc(apiTokens.createdAt));
}

/** Who a bearer token speaks for, as the API layer needs it. */
export interface TokenHolder {
  tokenId: string;
  kind: "user" | "integration";
  userId: string;
  scopes: string[];
}

/**
 * The holder of a live token (signed by `key`, not revoked, not expired, its
 * user not disabled), or null. Marks the token used at most once a minute.
 */
export async function resolveApiToken(
  db: Db,
  token: string,
  key: string,
  now: Date = new Date(),
): Promise<TokenHolder | null> {
  if (token.length > 200 || !signatureValid(token, key)) return null;
  const [row] = await db
    .select({
      id: apiTokens.id,
      kind: apiTokens.kind,
      userId: apiTokens.userId,
      scopes: apiTokens.scopes,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hash(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.disabled, false),
      ),
    );
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return { tokenId: row.id, kind: row.kind, userId: row.userId, scopes: row.scopes };
}

/** The audit row of one request made with a token (the API layer writes it after answering). */
export async function recordTokenUse(
  db: Db,
  holder: TokenHolder,
  request: { method: string; path: string; status: number; actorKind: ActorKind },
  now: Date = new Date(),
): Promise<void> {
  const { actorKind, ...rest } = request;
  await db.insert(history).values({
    actorId: holder.userId,
    actorKind: holder.kind === "integration" ? "integration" : actorKind,
    action: "api.request",
    details: { token: holder.tokenId, kind: holder.kind, ...rest },
    at: now,
  });
}
