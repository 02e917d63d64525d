/**
 * GET /inbox/tasks/{id}/slips/{02|03|04|05}: the slip as an A5 PDF, for the
 * officials who may open the task (getTaskView authorises). Slips are
 * Vietnamese administrative documents, so they are always in Vietnamese.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { actorFromPrincipal } from "@/app/_lib/actor-from-session";
import { appDb } from "@/app/_lib/db";
import { currentPrincipal } from "@/app/_lib/session";
import { isServiceError } from "@/db/services/errors";
import { officeSlip, type SlipContent } from "@/db/portal-documents/office-slip";
import { getTaskView, type TaskView } from "@/db/services/inbox/get-task-view";
import { DATE_TIME } from "../../../../_lib/when";

const FORMS = ["02", "03", "04", "05"] as const;
type Form = (typeof FORMS)[number];

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; form: string }> },
): Promise<Response> {
  const { id, form } = await params;
  const principal = await currentPrincipal();
  if (!principal) return new Response("sign in first", { status: 401 });
  const actor = actorFromPrincipal(principal, "official");
  if (!actor || !(FORMS as readonly string[]).includes(form))
    return new Response("not found", { status: 404 });
  let view: TaskView;
  try {
    view = await getTaskView(await appDb(), { actor, input: { taskId: id } });
  } catch (error) {
    if (isServiceError(error)) return new Response("not found", { status: 404 });
    throw error;
  }
  const content = await slipContent(view, form as Form);
  if (!content) return new Response("not issued", { status: 404 });
  const bytes = await officeSlip(content);
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="mau-${form}-${view.dossier.code}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}

async function slipContent(view: TaskView, form: Form): Promise<SlipContent | null> {
  const t = await getTranslations({ locale: "vi", namespace: "inbox" });
  const format = await getFormatter({ locale: "vi" });
  const when = (d: Date | null) => (d ? format.dateTime(d, DATE_TIME) : "—");
  const { dossier } = view;
  const slip =
    form === "02"
      ? view.slips.supplement
      : form === "03"
        ? view.slips.refusal
        : form === "04"
          ? view.slips.apology
          : null;
  if (form !== "05" && !slip) return null;
  const now = new Date();
  const title = t(`pdf.title${form}`);
  const applicantId = String(dossier.data.soCccd ?? "");
  const facts: [string, string][] = [
    [t("pdf.dossier"), dossier.code],
    [
      t("pdf.procedure"),
      `${dossier.procedureName}${dossier.procedureCode ? ` (${dossier.procedureCode})` : ""}`,
    ],
    [t("pdf.applicant"), dossier.applicant || "—"],
    [t("pdf.applicantId"), applicantId || "—"],
    [t("pdf.received"), when(dossier.receivedAt)],
    [t("pdf.due"), when(dossier.dueAt)],
  ];
  if (slip) facts.push([t("pdf.issuedAt"), when(slip.at)], [t("pdf.issuedBy"), slip.by ?? "—"]);
  const body: SlipContent["body"] =
    form === "05"
      ? view.sheet.map((l, i) => ({
          heading: t("pdf.step", { n: i + 1, name: l.name ?? l.element }),
          text: t("pdf.stepText", {
            from: l.fromUnitName
              ? `${l.fromUnitName}${l.fromOfficer ? ` (${l.fromOfficer})` : ""}`
              : t("task.citizen"),
            to: l.unitName ?? l.unit ?? "—",
            officer: l.officer ?? "—",
            received: when(l.openedAt),
            due: when(l.dueAt),
            finished: when(l.closedAt),
            result: t(`task.timing.${l.timing}`),
          }),
        }))
      : form === "04"
        ? [
            { text: t("pdf.apology") },
            { heading: t("pdf.reasons"), text: slip?.reasons ?? "" },
            {
              heading: t("pdf.newDate"),
              text: slip?.newDate
                ? format.dateTime(new Date(`${slip.newDate}T12:00:00+07:00`), { dateStyle: "long" })
                : "—",
            },
          ]
        : [
            {
              heading: form === "02" ? t("pdf.items") : t("pdf.reasons"),
              text: slip?.reasons ?? "",
            },
          ];
  return {
    formNo: t("pdf.formNo", { n: form }),
    title,
    issuer: view.task.unitName ?? view.task.unit ?? t("pdf.system"),
    facts,
    body,
    qr: [
      dossier.code,
      dossier.procedureCode ?? dossier.procedureId,
      applicantId,
      title,
      t("pdf.system"),
      now.toISOString(),
    ].join("|"),
    footer: t("pdf.footer", { system: t("pdf.system"), at: when(now) }),
  };
}
