/** A citizen's own dossiers, newest first ("my dossiers"; `GET /api/v1/dossiers`). */
import { desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { dossiers } from "../schema";
import type { Actor } from "./actor";
import { ServiceError } from "./errors";
import { publicStatus, type PublicStatus } from "./public-status";

export interface MyDossier {
  code: string;
  procedure: string;
  status: PublicStatus;
  stage: string;
  dvcqgStatus: number;
  receivedAt: string | null;
  dueDate: string | null;
}

export async function listMyDossiers(
  db: Db,
  { actor, limit = 50 }: { actor: Actor; limit?: number },
): Promise<MyDossier[]> {
  if (actor.kind !== "citizen") throw new ServiceError("FORBIDDEN", "only citizens have dossiers");
  const rows = await db
    .select({
      code: dossiers.code,
      procedure: dossiers.procedureId,
      stage: dossiers.status,
      dvcqgStatus: dossiers.dvcqgStatus,
      receivedAt: dossiers.receivedAt,
      dueDate: dossiers.dueDate,
    })
    .from(dossiers)
    .where(eq(dossiers.applicantId, actor.id))
    .orderBy(desc(dossiers.createdAt))
    .limit(Math.min(Math.max(limit, 1), 200));
  return rows.map((r) => ({
    ...r,
    status: publicStatus(r.stage),
    receivedAt: r.receivedAt?.toISOString() ?? null,
  }));
}
