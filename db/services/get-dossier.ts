/**
 * Reads one dossier (DESIGN.md §7 `GET /api/v1/dossiers/{code}`): its
 * citizen, officials of units it passed through, admins, integrations with
 * the `read` scope, or anyone holding its tracking secret. Every refusal is
 * NOT_FOUND, so a code that is not yours says nothing about the dossier.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import { historyOf } from "@/engine/run/outcome";
import type { HistoryEntry, PersistedSnapshot } from "@/engine/runtime/types";
import type { Db } from "../client";
import { dossiers, tasks, type DossierRow } from "../schema";
import { openTasks, type OpenTaskView } from "../store/tasks";
import type { DossierStatus } from "../store/status";
import type { Actor } from "./actor";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";
import { publicStatus, type PublicStatus } from "./public-status";
import { matchesSha256 } from "../hash";

export const GetDossierInput = z.object({
  code: z.string().min(1).max(100),
  secret: z.string().min(1).max(200).optional(),
});

export interface DossierView {
  code: string;
  procedure: string;
  version: number;
  /** The outcome status of DESIGN.md §6: active, completed, terminated or incident. */
  status: PublicStatus;
  /** Our finer stage (submitted, received, processing, supplement, payment, refused, …). */
  stage: DossierStatus;
  dvcqgStatus: number;
  jurisdiction: string;
  receivedAt: string | null;
  dueDate: string | null;
  finishedAt: string | null;
  history: HistoryEntry[];
  openTasks: OpenTaskView[];
  /** The dossier's variables; absent for a reader who holds only the tracking secret. */
  data?: Record<string, unknown>;
}

/** Why a reader may see the dossier; null when they may not. */
function readerGrant(
  actors: readonly Actor[],
  d: DossierRow,
  taskUnits: ReadonlySet<string>,
): "full" | null {
  for (const a of actors) {
    if (a.kind === "admin") return "full";
    if (a.kind === "citizen" && d.applicantId === a.id) return "full";
    if (a.kind === "integration" && a.scopes.includes("read")) return "full";
    if (a.kind === "official" && a.memberships.some((m) => taskUnits.has(m.unit))) return "full";
  }
  return null;
}

/**
 * The dossier `code` as `actors` (every capacity the caller holds) may see it.
 * UNAUTHENTICATED for an anonymous caller without a secret; NOT_FOUND for any
 * other refusal, including a wrong secret.
 */
export async function getDossier(
  db: Db,
  { actors, input }: { actors: readonly Actor[]; input: unknown },
): Promise<DossierView> {
  const { code, secret } = parseInput(GetDossierInput, input);
  if (actors.length === 0 && secret === undefined)
    throw new ServiceError("UNAUTHENTICATED", "sign in or give the dossier's tracking secret");
  const notFound = new ServiceError("NOT_FOUND", `dossier ${code} not found`);
  const [d] = await db.select().from(dossiers).where(eq(dossiers.code, code));
  if (!d) throw notFound;
  const units = await db
    .selectDistinct({ unit: tasks.unitCode })
    .from(tasks)
    .where(eq(tasks.dossierId, d.id));
  const grant =
    readerGrant(actors, d, new Set(units.flatMap((u) => (u.unit ? [u.unit] : [])))) ??
    (secret !== undefined && matchesSha256(secret, d.trackingSecretHash) ? "tracking" : null);
  if (grant === null) throw notFound;
  const stage = d.status as DossierStatus;
  const open = await openTasks(db, d.id);
  const view: DossierView = {
    code: d.code,
    procedure: d.procedureId,
    version: d.procedureVersion,
    status: publicStatus(stage),
    stage,
    dvcqgStatus: d.dvcqgStatus,
    jurisdiction: d.jurisdiction,
    receivedAt: d.receivedAt?.toISOString() ?? null,
    dueDate: d.dueDate,
    finishedAt: d.finishedAt?.toISOString() ?? null,
    history: d.snapshot ? historyOf(d.snapshot as PersistedSnapshot) : [],
    // Who holds a task is the unit's business, not the public tracking page's.
    openTasks: grant === "full" ? open : open.map((t) => ({ ...t, assignee: null })),
  };
  if (grant === "full") view.data = d.data;
  return view;
}
