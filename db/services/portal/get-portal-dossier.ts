/**
 * A dossier as the portal shows it to its applicant (`/ho-so/[code]`) or to
 * anyone holding its tracking secret (`/tra-cuu`): what it is, where it is
 * now and what comes next, in plain words. Access is `getDossier`'s (the
 * applicant, officials of its units, admins, or the secret); the applicant
 * alone also sees the tracking secret, the documents handed in, what a
 * supplement request asks for, and how to pay.
 */
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../../client";
import { resultFieldLike } from "../../portal-documents/facts";
import { paymentProvider, type PaymentRequest } from "../../portal-payments/provider";
import {
  attachments,
  dossiers,
  history,
  payments,
  procedureVersions,
  units,
  type DossierRow,
} from "../../schema";
import { loadProcedure } from "../../store/procedures";
import type { Actor } from "../actor";
import { getDossier, type DossierView } from "../get-dossier";
import { trackingSecretOf } from "./submit-application";
import { lastSupplementRequest } from "./supplement-request";

export interface TimelineEntry {
  at: string | null;
  state: "done" | "open";
  kind: "submitted" | "step" | "supplement" | "supplied" | "payment" | "withdrawn";
  name: string;
  unit: string | null;
}

export interface PortalDossier {
  view: DossierView;
  owner: boolean;
  procedure: {
    id: string;
    name: string;
    code: string | null;
    level: number | null;
    fee: number | null;
  };
  jurisdictionName: string;
  /** Units holding the open steps, by name. */
  handling: { step: string; unit: string | null }[];
  timeline: TimelineEntry[];
  /** What the last supplement request asked for, while the dossier waits for it. */
  supplement: { reasons: string; at: string } | null;
  supplementRequested: boolean;
  /** The fee request while the dossier waits for payment (applicant only). */
  payment: PaymentRequest | null;
  paid: { amount: number; provider: string; reference: string | null; paidAt: string } | null;
  result: boolean;
  postal: { address: string; at: string } | null;
  secret: string | null;
  documents: { name: string; field: string | null }[];
}

export async function getPortalDossier(
  db: Db,
  { actors, input }: { actors: readonly Actor[]; input: unknown },
): Promise<PortalDossier> {
  const view = await getDossier(db, { actors, input });
  const [d] = (await db
    .select()
    .from(dossiers)
    .where(eq(dossiers.code, view.code))) as DossierRow[];
  const dossier = d!;
  const owner = actors.some((a) => a.kind === "citizen" && a.id === dossier.applicantId);
  const [[version], unitRows, events, paidRows, files] = await Promise.all([
    db
      .select({ metadata: procedureVersions.metadata })
      .from(procedureVersions)
      .where(
        and(
          eq(procedureVersions.procedureId, dossier.procedureId),
          eq(procedureVersions.version, dossier.procedureVersion),
        ),
      ),
    db.select({ code: units.code, name: units.name }).from(units),
    db
      .select({ action: history.action, at: history.at, details: history.details })
      .from(history)
      .where(
        and(
          eq(history.dossierId, dossier.id),
          inArray(history.action, [
            "supplement.requested",
            "supplement.delivered",
            "payment.recorded",
            "portal.postal-requested",
            "dossier.withdrawn",
          ]),
        ),
      )
      .orderBy(asc(history.id)),
    db
      .select()
      .from(payments)
      .where(and(eq(payments.dossierId, dossier.id), eq(payments.status, "paid")))
      .orderBy(desc(payments.paidAt))
      .limit(1),
    db
      .select({ name: attachments.fileName, field: attachments.fieldKey })
      .from(attachments)
      .where(and(eq(attachments.dossierId, dossier.id), isNotNull(attachments.uploadedBy))),
  ]);
  const unitName = new Map(unitRows.map((u) => [u.code, u.name]));
  const meta = version?.metadata;
  const proc = await loadProcedure(db, dossier.procedureId, dossier.procedureVersion);
  const nameOf = (element: string, fallback?: string | null) =>
    (proc.model.nodes[element]?.name ?? fallback ?? element).normalize("NFC");

  const timeline: TimelineEntry[] = [
    {
      at: dossier.createdAt.toISOString(),
      state: "done",
      kind: "submitted",
      name: "",
      unit: null,
    },
  ];
  for (const h of view.history) {
    if (
      h.type !== "userTask" &&
      !(h.type === "serviceTask" && proc.model.nodes[h.element]?.taskType === "payment")
    )
      continue;
    timeline.push({
      at: h.completedAt,
      state: "done",
      kind: h.type === "userTask" ? "step" : "payment",
      name: nameOf(h.element, h.name),
      unit: h.unit ? (unitName.get(h.unit) ?? h.unit) : null,
    });
  }
  for (const e of events) {
    if (e.action === "dossier.withdrawn")
      timeline.push({
        at: e.at.toISOString(),
        state: "done",
        kind: "withdrawn",
        name: "",
        unit: null,
      });
    if (e.action === "supplement.requested" || e.action === "supplement.delivered")
      timeline.push({
        at: e.at.toISOString(),
        state: "done",
        kind: e.action === "supplement.requested" ? "supplement" : "supplied",
        name: "",
        unit: null,
      });
  }
  const lastRequest = await lastSupplementRequest(db, dossier.id);
  const supplement =
    lastRequest && view.stage === "supplement" && owner
      ? { reasons: lastRequest.reasons, at: lastRequest.at.toISOString() }
      : null;
  // A request made without the inbox's verb (e.g. over the API) has no history row of its own.
  if (lastRequest && !events.some((e) => e.action === "supplement.requested"))
    timeline.push({
      at: lastRequest.at.toISOString(),
      state: "done",
      kind: "supplement",
      name: "",
      unit: null,
    });
  timeline.sort((a, b) => (a.at ?? "").localeCompare(b.at ?? ""));
  for (const t of view.openTasks)
    timeline.push({
      at: null,
      state: "open",
      kind: "step",
      name: nameOf(t.element, t.name),
      unit: t.unit ? (unitName.get(t.unit) ?? t.unit) : null,
    });

  const fee = meta?.fee ?? null;
  const paidRow = paidRows[0];
  const postal = events.findLast((e) => e.action === "portal.postal-requested");
  const result = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.dossierId, dossier.id), resultFieldLike))
    .limit(1);
  return {
    view,
    owner,
    procedure: {
      id: dossier.procedureId,
      name: meta?.name ?? dossier.procedureId,
      code: meta?.code ?? null,
      level: meta?.level ?? null,
      fee,
    },
    jurisdictionName: unitName.get(dossier.jurisdiction) ?? dossier.jurisdiction,
    handling: view.openTasks.map((t) => ({
      step: nameOf(t.element, t.name),
      unit: t.unit ? (unitName.get(t.unit) ?? t.unit) : null,
    })),
    timeline,
    supplement,
    supplementRequested: !!lastRequest,
    payment:
      owner && view.stage === "payment"
        ? paymentProvider().request({ code: dossier.code, amount: fee ?? 0 })
        : null,
    paid: paidRow
      ? {
          amount: paidRow.amount,
          provider: paidRow.provider,
          reference: paidRow.reference,
          paidAt: (paidRow.paidAt ?? paidRow.createdAt).toISOString(),
        }
      : null,
    result: result.length > 0,
    postal:
      postal && typeof postal.details?.address === "string"
        ? { address: postal.details.address, at: postal.at.toISOString() }
        : null,
    secret:
      owner && dossier.applicantId
        ? await trackingSecretOf(db, dossier.applicantId, dossier.id)
        : null,
    documents: owner ? files : [],
  };
}
