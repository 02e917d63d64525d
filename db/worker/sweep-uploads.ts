/**
 * Uploads a citizen made but never used: files go up before the dossier
 * exists (`dossier_id` null until submit or a supplement answer), so a
 * citizen who leaves the form behind leaves them on disk. Once older than
 * the retention and named by no draft, the row and the file go. Rows are
 * deleted first (one statement, `SKIP LOCKED` so concurrent workers share
 * the work and a submit attaching the file at that moment wins), then the
 * files: a file left behind by a crash between the two is harmless, a row
 * pointing at a missing file would not be.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { removeStored } from "../portal-files/store";
import { queryRows } from "../sql";

/** How long an unattached upload is kept (a draft that names it keeps it as long as the draft). */
export const UPLOAD_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Rows per run: the periodic job runs every minute, so a backlog drains steadily. */
const BATCH = 200;

export async function sweepAbandonedUploads(
  db: Db,
  {
    now = new Date(),
    log = console.error,
  }: { now?: Date; log?: (m: string, e?: unknown) => void } = {},
): Promise<string[]> {
  const cutoff = new Date(now.getTime() - UPLOAD_RETENTION_MS).toISOString();
  const rows = await queryRows<{ id: string; storage_path: string }>(
    db,
    sql`delete from attachments where id in (
        select a.id from attachments a
        where a.dossier_id is null and a.created_at < ${cutoff}::timestamptz
          and not exists (
            select 1 from portal_drafts d
            where d.citizen_id = a.uploaded_by
              and jsonb_path_exists(d.data, '$.** ? (@.id == $id)', jsonb_build_object('id', a.id::text)))
        order by a.created_at
        limit ${BATCH}
        for update skip locked)
      and dossier_id is null
      returning id, storage_path`,
  );
  for (const r of rows) {
    await removeStored(r.storage_path).catch((e: unknown) =>
      log(`upload ${r.id}: row deleted, file not removed`, e),
    );
  }
  return rows.map((r) => r.id);
}
