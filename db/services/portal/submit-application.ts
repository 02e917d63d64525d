/**
 * The citizen submits their saved draft (`/thu-tuc/[id]/nop-ho-so`): the
 * uploads it names must be theirs and not yet filed, then `submitDossier`
 * (the engine's validation is the guard; nothing is created on an error),
 * then, in one transaction, the uploads are filed on the dossier, the draft
 * goes, the receipt email is queued on the outbox and the audit row written.
 * The same idempotency key again (a double click) returns the same dossier.
 */
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import { isRecord } from "@/engine/forms/paths";
import type { Db } from "../../client";
import {
  attachments,
  dossiers,
  history,
  idempotencyKeys,
  portalDrafts,
  procedureVersions,
  users,
} from "../../schema";
import { enqueue } from "../../store/effects";
import { priorResult } from "../../store/idempotency";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { submitDossier } from "../submit-dossier";
import { asCitizen, auditPortal, type Citizen } from "./common";
import { receiptMail } from "./mail";

export const SubmitApplicationInput = z.object({
  procedure: z.string().min(1).max(200),
  idempotencyKey: z.string().min(8).max(200),
});

export interface ApplicationResult {
  id: string;
  code: string;
  status: string;
  dueDate: string | null;
  secret: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Upload ids referenced by the draft's file fields, with the field that holds each. */
export function fileRefsOf(data: Record<string, unknown>): { field: string; id: string }[] {
  const out: { field: string; id: string }[] = [];
  const visit = (value: unknown, field: string) => {
    if (Array.isArray(value)) value.forEach((v) => visit(v, field));
    else if (isRecord(value) && typeof value.id === "string" && UUID.test(value.id))
      out.push({ field, id: value.id });
  };
  for (const [k, v] of Object.entries(data)) visit(v, k);
  return out;
}

export async function submitApplication(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date },
): Promise<ApplicationResult> {
  const citizen = asCitizen(actor, "submit applications");
  const { procedure, idempotencyKey } = parseInput(SubmitApplicationInput, input);
  const scope = `dossier.submit:${citizen.id}`;
  const prior = await priorResult<{ id: string; secret: string }>(db, scope, idempotencyKey);
  if (prior) return file(db, citizen, prior.id, prior.secret, now);

  const [draft] = await db
    .select()
    .from(portalDrafts)
    .where(and(eq(portalDrafts.citizenId, citizen.id), eq(portalDrafts.procedureId, procedure)));
  if (!draft) throw new ServiceError("NOT_FOUND", `no saved application for ${procedure}`);
  const refs = fileRefsOf(draft.data);
  if (refs.length > 0) {
    const mine = await db
      .select({ id: attachments.id })
      .from(attachments)
      .where(
        and(
          inArray(
            attachments.id,
            refs.map((r) => r.id),
          ),
          eq(attachments.uploadedBy, citizen.id),
          isNull(attachments.dossierId),
        ),
      );
    const ok = new Set(mine.map((m) => m.id));
    const bad = refs.filter((r) => !ok.has(r.id));
    if (bad.length > 0)
      throw new ServiceError(
        "VALIDATION",
        "unknown upload",
        bad.map((b) => ({ field: b.field, message: "unknown upload" })),
      );
  }
  const out = await submitDossier(db, {
    actor: citizen,
    now,
    input: {
      procedure,
      jurisdiction: draft.jurisdiction ?? "",
      data: draft.data,
      idempotencyKey,
    },
  });
  return file(db, citizen, out.id, out.secret, now);
}

/** The part after the dossier exists; safe to run again (a retry after a crash). */
async function file(
  db: Db,
  citizen: Citizen,
  dossierId: string,
  secret: string,
  now: Date,
): Promise<ApplicationResult> {
  const [d] = await db.select().from(dossiers).where(eq(dossiers.id, dossierId));
  if (!d) throw new ServiceError("NOT_FOUND", "dossier not found");
  await db.transaction(async (tx) => {
    // Two clicks racing past the submit both arrive here: the row lock lets one file it.
    await tx.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.id, d.id)).for("update");
    const [done] = await tx
      .select({ id: history.id })
      .from(history)
      .where(and(eq(history.dossierId, d.id), eq(history.action, "portal.applied")))
      .limit(1);
    if (done) return;
    const refs = fileRefsOf(d.data);
    if (refs.length > 0) {
      await tx
        .update(attachments)
        .set({ dossierId: d.id })
        .where(
          and(
            inArray(
              attachments.id,
              refs.map((r) => r.id),
            ),
            eq(attachments.uploadedBy, citizen.id),
            or(isNull(attachments.dossierId), eq(attachments.dossierId, d.id)),
          ),
        );
    }
    await tx
      .delete(portalDrafts)
      .where(
        and(eq(portalDrafts.citizenId, citizen.id), eq(portalDrafts.procedureId, d.procedureId)),
      );
    const [person] = await tx
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(eq(users.id, citizen.id));
    const [version] = await tx
      .select({ metadata: procedureVersions.metadata })
      .from(procedureVersions)
      .where(
        and(
          eq(procedureVersions.procedureId, d.procedureId),
          eq(procedureVersions.version, d.procedureVersion),
        ),
      );
    if (person?.email) {
      await enqueue(
        tx,
        "email",
        d.id,
        receiptMail({
          to: person.email,
          name: person.name,
          code: d.code,
          procedureName: version?.metadata.name ?? d.procedureId,
          dueDate: d.dueDate,
          secret,
        }),
      );
    }
    await auditPortal(
      tx,
      citizen,
      "portal.applied",
      d.id,
      { mailed: !!person?.email },
      now,
      d.status,
    );
  });
  return { id: d.id, code: d.code, status: d.status, dueDate: d.dueDate, secret };
}

/** The tracking secret of a dossier, for its applicant (kept with the submission's first answer). */
export async function trackingSecretOf(
  db: Db,
  applicantId: string,
  dossierId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ result: idempotencyKeys.result })
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, `dossier.submit:${applicantId}`),
        sql`${idempotencyKeys.result}->>'id' = ${dossierId}`,
      ),
    )
    .limit(1);
  const secret = (row?.result as { secret?: unknown } | undefined)?.secret;
  return typeof secret === "string" ? secret : null;
}
