/** Audit log viewer: the append-only `history`, filtered by who, what, when and dossier. */
import { and, desc, eq, gte, ilike, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { dossiers, history, users } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { parseInput } from "./common";

export const AuditFilter = z.object({
  /** Username of the actor (exact, case-insensitive). */
  who: z.string().trim().max(100).optional(),
  /** Action prefix, e.g. `unit.` or `user.created`. */
  what: z.string().trim().max(100).optional(),
  from: z.iso
    .date()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  to: z.iso
    .date()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Dossier code. */
  dossier: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AuditFilter = z.input<typeof AuditFilter>;

export interface AuditEntry {
  id: number;
  at: Date;
  actorKind: string;
  actor: string | null;
  action: string;
  dossier: string | null;
  details: Record<string, unknown> | null;
}

/** Newest first, at most `limit` rows. */
export async function listAudit(
  db: Db,
  { actor, filter }: { actor: Principal | null; filter: unknown },
): Promise<AuditEntry[]> {
  assertCan(actor, "audit.view");
  const f = parseInput(AuditFilter, filter ?? {});
  const where: SQL[] = [];
  if (f.who) where.push(sql`lower(${users.username}) = ${f.who.toLowerCase()}`);
  if (f.what) where.push(ilike(history.action, `${f.what.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  if (f.from) where.push(gte(history.at, new Date(`${f.from}T00:00:00+07:00`)));
  if (f.to)
    where.push(lt(history.at, new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000)));
  if (f.dossier) where.push(eq(dossiers.code, f.dossier));
  const rows = await db
    .select({
      id: history.id,
      at: history.at,
      actorKind: history.actorKind,
      actor: users.username,
      action: history.action,
      dossier: dossiers.code,
      details: history.details,
    })
    .from(history)
    .leftJoin(users, eq(users.id, history.actorId))
    .leftJoin(dossiers, eq(dossiers.id, history.dossierId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(history.id))
    .limit(f.limit);
  return rows;
}
