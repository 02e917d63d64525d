import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/ui/data-table";
import { DescriptionList } from "@/app/_components/ui/description-list";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { actorFromPrincipal } from "@/app/_lib/actor-from-session";
import { appDb } from "@/app/_lib/db";
import { requireRoute } from "@/app/_lib/session";
import { isServiceError } from "@/db/services/errors";
import { getTaskView, type TaskView } from "@/db/services/inbox/get-task-view";
import { ActionFeedback } from "../../_components/action-feedback";
import { ActionPanel } from "../../_components/action-panel";
import { ConfirmForm } from "../../_components/confirm-form";
import { DeadlineBadge, EscalatedBadge } from "../../_components/deadline-badge";
import { FormView } from "../../_components/form-view";
import { PathDiagramLoader } from "../../_components/path-diagram-loader";
import { STATUSES } from "../../_lib/search";
import { DATE_TIME } from "../../_lib/when";
import {
  apologiseAction,
  assignAction,
  claimAction,
  commentAction,
  completeAction,
  refuseAction,
  supplementAction,
  unclaimAction,
} from "./actions";
import "../../inbox.css";

type Params = { params: Promise<{ id: string }> };

/** What the attachment route shows inline (the same list as db/services/inbox/get-attachment.ts). */
const PREVIEWABLE = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
]);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

const isStatus = (s: string): s is (typeof STATUSES)[number] =>
  (STATUSES as readonly string[]).includes(s);

/** One task: the dossier, form 05, the slips, comments and the actions the official may take. */
export default async function TaskPage({ params }: Params) {
  const principal = await requireRoute("/inbox");
  const { id } = await params;
  const t = await getTranslations("inbox");
  const format = await getFormatter();
  const actor = actorFromPrincipal(principal, "official")!;
  let view: TaskView;
  try {
    view = await getTaskView(await appDb(), { actor, input: { taskId: id } });
  } catch (error) {
    // Someone else's task is as absent as a missing one (DESIGN.md §7: never its content).
    if (isServiceError(error) && ["NOT_FOUND", "FORBIDDEN", "VALIDATION"].includes(error.code))
      notFound();
    throw error;
  }
  const { task, dossier, can } = view;
  const when = (d: Date | null) => (d ? format.dateTime(d, DATE_TIME) : "—");
  const status = isStatus(dossier.status) ? t(`status.${dossier.status}`) : dossier.status;
  const hidden = { taskId: task.id, idempotencyKey: randomUUID() };
  const open = task.state === "open" || task.state === "claimed";
  const step = task.name ?? task.element;
  const slips = [
    ["slip02", view.slips.supplement, "slip-02", "02"],
    ["slip03", view.slips.refusal, "slip-03", "03"],
    ["slip04", view.slips.apology, "slip-04", "04"],
  ] as const;
  const pdf = (form: string) => `/inbox/tasks/${task.id}/slips/${form}`;
  // Unnamed gateways and joins mean nothing to a reader; the diagram still shows them.
  const namedSteps = view.path.done.filter((s): s is typeof s & { name: string } => !!s.name);
  const file = (attachment: string) => `/inbox/tasks/${task.id}/attachments/${attachment}`;
  return (
    <div className="container stack inbox">
      <p>
        <NextLink href="/inbox" className="link">
          ← {t("task.back")}
        </NextLink>
      </p>
      <h1>{t("task.title", { step, code: dossier.code })}</h1>
      <div className="inbox-task">
        <div className="inbox-task__main">
          <section className="panel" aria-labelledby="summary">
            <h2 id="summary">{t("task.summary")}</h2>
            <DescriptionList
              items={[
                {
                  term: t("task.procedure"),
                  details: `${dossier.procedureName}${dossier.procedureCode ? ` (${dossier.procedureCode})` : ""}`,
                },
                { term: t("task.applicant"), details: dossier.applicant || "—" },
                {
                  term: t("task.status"),
                  details: <span data-testid="dossier-status">{status}</span>,
                },
                { term: t("task.received"), details: when(dossier.receivedAt) },
                { term: t("task.dossierDue"), details: when(dossier.dueAt) },
                {
                  term: t("task.taskDue"),
                  details: (
                    <>
                      {when(task.dueAt)} {open ? <DeadlineBadge deadline={task.deadline} /> : null}{" "}
                      {open ? <EscalatedBadge at={task.escalatedAt} /> : null}
                    </>
                  ),
                },
                { term: t("task.unit"), details: task.unitName ?? task.unit ?? "—" },
                {
                  term: t("task.taskState"),
                  details: (
                    <span data-testid="task-state">
                      {t(
                        `task.states.${task.state as "open" | "claimed" | "completed" | "cancelled"}`,
                      )}
                      {task.assigneeName ? ` — ${task.assigneeName}` : ""}
                    </span>
                  ),
                },
              ]}
            />
          </section>

          {slips.some(([, s]) => s) ? (
            <section className="panel" aria-labelledby="slips">
              <h2 id="slips">{t("task.slips")}</h2>
              {slips.map(([key, slip, testId, form]) =>
                slip ? (
                  <div key={key} className="inbox-slip" data-testid={testId}>
                    <h3>{t(`task.${key}`)}</h3>
                    <p className="muted">
                      {t("task.slipIssued", { at: when(slip.at), by: slip.by ?? "—" })}
                    </p>
                    {slip.newDate ? (
                      <p>
                        {t("task.newDate", {
                          date: format.dateTime(new Date(`${slip.newDate}T12:00:00+07:00`), {
                            dateStyle: "long",
                          }),
                        })}
                      </p>
                    ) : null}
                    <p>{slip.reasons}</p>
                    <p>
                      <a className="link" href={pdf(form)} target="_blank" rel="noopener">
                        {t("pdf.print")}
                      </a>
                    </p>
                  </div>
                ) : null,
              )}
            </section>
          ) : null}

          <section className="panel" aria-labelledby="dossier-data">
            <h2 id="dossier-data">{t("task.dossierData")}</h2>
            {dossier.startForm ? (
              <FormView schema={dossier.startForm} values={dossier.data} yes="✓" no="✗" />
            ) : (
              <p className="muted">{t("task.noStartForm")}</p>
            )}
          </section>

          <section className="panel" aria-labelledby="attachments">
            <h2 id="attachments">{t("task.attachments")}</h2>
            {view.attachments.length === 0 ? (
              <p className="muted">{t("task.noAttachments")}</p>
            ) : (
              <ul>
                {view.attachments.map((a) => (
                  <li key={a.id} data-testid="attachment">
                    {a.fileName}{" "}
                    <span className="muted">
                      ({a.mime}, {format.number(Math.ceil(a.size / 1024))} KB)
                    </span>{" "}
                    {PREVIEWABLE.has(a.mime) ? (
                      <>
                        <a
                          className="link"
                          href={file(a.id)}
                          target="_blank"
                          rel="noopener"
                          aria-label={t("task.previewFile", { name: a.fileName })}
                        >
                          {t("task.preview")}
                        </a>{" "}
                      </>
                    ) : null}
                    <a
                      className="link"
                      href={`${file(a.id)}?download=1`}
                      download={a.fileName}
                      aria-label={t("task.downloadFile", { name: a.fileName })}
                      data-testid="attachment-download"
                    >
                      {t("task.download")}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        <div className="inbox-task__side">
          <ActionFeedback>
            <section className="panel" aria-labelledby="actions">
              <h2 id="actions">{t("task.actions")}</h2>
              {!open ? <p className="muted">{t("task.closed")}</p> : null}
              {open && task.assigneeName && task.assigneeId !== principal.userId ? (
                <p data-testid="held-by">{t("task.heldBy", { name: task.assigneeName })}</p>
              ) : null}
              {open &&
              !can.claim &&
              !can.complete &&
              !can.unclaim &&
              !can.assign &&
              !task.assigneeName ? (
                <p className="muted">{t("task.readOnly")}</p>
              ) : null}
              {can.claim ? (
                <ConfirmForm
                  action={claimAction}
                  hidden={hidden}
                  submitLabel={t("act.claim")}
                  confirmText={t("act.claimConfirm")}
                  testId="claim"
                />
              ) : null}
              {can.unclaim ? (
                <ConfirmForm
                  action={unclaimAction}
                  hidden={hidden}
                  variant="secondary"
                  submitLabel={t("act.unclaim")}
                  confirmText={t("act.unclaimConfirm")}
                  testId="unclaim"
                />
              ) : null}
              {can.assign && view.assignees.length > 0 ? (
                <ConfirmForm
                  action={assignAction}
                  hidden={hidden}
                  variant="secondary"
                  submitLabel={t("act.assign")}
                  confirmText={t("act.assignConfirm")}
                  testId="assign"
                  fields={[
                    {
                      name: "assigneeId",
                      label: t("act.assignTo"),
                      kind: "select",
                      required: true,
                      options: view.assignees.map((a) => ({ value: a.id, label: a.name })),
                    },
                  ]}
                />
              ) : null}
            </section>

            {can.complete ? (
              <section className="panel" aria-labelledby="complete">
                <h2 id="complete">{t("act.completeHeading")}</h2>
                {task.form ? null : <p className="muted">{t("act.noForm")}</p>}
                <ConfirmForm
                  action={completeAction}
                  hidden={hidden}
                  schema={task.form}
                  values={dossier.data}
                  submitLabel={t("act.complete")}
                  confirmText={t("act.completeConfirm")}
                  testId="complete"
                  label={t("act.completeHeading")}
                />
              </section>
            ) : null}

            {can.requestSupplement ? (
              <ActionPanel
                id="supplement"
                heading={t("act.supplementHeading")}
                action={supplementAction}
                hidden={hidden}
                submitLabel={t("act.supplement")}
                confirmText={t("act.supplementConfirm")}
                fields={[
                  {
                    name: "reasons",
                    label: t("act.supplementItems"),
                    kind: "textarea",
                    required: true,
                    hint: t("act.supplementHint"),
                    maxLength: 1900,
                  },
                ]}
              />
            ) : null}

            {can.refuse ? (
              <ActionPanel
                id="refuse"
                heading={t("act.refuseHeading")}
                action={refuseAction}
                hidden={hidden}
                submitLabel={t("act.refuse")}
                confirmText={t("act.refuseConfirm")}
                fields={[
                  {
                    name: "reasons",
                    label: t("act.refuseReasons"),
                    kind: "textarea",
                    required: true,
                    maxLength: 1900,
                  },
                ]}
              />
            ) : null}

            {can.apologise ? (
              <ActionPanel
                id="apologise"
                heading={t("act.apologiseHeading")}
                action={apologiseAction}
                hidden={hidden}
                submitLabel={t("act.apologise")}
                confirmText={t("act.apologiseConfirm")}
                fields={[
                  {
                    name: "reason",
                    label: t("act.apologiseReason"),
                    kind: "textarea",
                    required: true,
                    maxLength: 2000,
                  },
                  {
                    name: "newDate",
                    label: t("act.apologiseDate"),
                    kind: "date",
                    required: true,
                    hint: t("act.apologiseHint"),
                  },
                ]}
              />
            ) : null}

            <section className="panel" aria-labelledby="comments">
              <h2 id="comments">{t("task.comments")}</h2>
              {view.comments.length === 0 ? (
                <EmptyState>{t("task.noComments")}</EmptyState>
              ) : (
                <ul className="inbox-comments">
                  {view.comments.map((c) => (
                    <li key={c.id}>
                      <strong>{c.author ?? "—"}</strong> <span className="muted">{when(c.at)}</span>
                      <p>{c.body}</p>
                    </li>
                  ))}
                </ul>
              )}
              {can.comment ? (
                <ConfirmForm
                  action={commentAction}
                  hidden={hidden}
                  variant="secondary"
                  submitLabel={t("task.commentSubmit")}
                  confirmText={t("task.commentConfirm")}
                  testId="comment"
                  fields={[
                    {
                      name: "body",
                      label: t("task.commentLabel"),
                      kind: "textarea",
                      required: true,
                      maxLength: 2000,
                    },
                  ]}
                />
              ) : null}
            </section>
          </ActionFeedback>
        </div>
      </div>

      <section className="panel" aria-labelledby="path">
        <h2 id="path">{t("task.path")}</h2>
        <p className="inbox-path-legend muted">
          <span className="inbox-path-legend__done">{t("task.pathDoneLegend")}</span>
          <span className="inbox-path-legend__current">{t("task.pathCurrentLegend")}</span>
        </p>
        {view.path.bpmn ? (
          <PathDiagramLoader
            bpmn={view.path.bpmn}
            done={view.path.done.map((s) => s.element)}
            current={view.path.current}
            failedText={t("task.pathFailed")}
          />
        ) : null}
        <h3 id="path-steps">{t("task.pathSteps")}</h3>
        {namedSteps.length === 0 ? (
          <p className="muted">{t("task.pathNone")}</p>
        ) : (
          <ol aria-labelledby="path-steps" data-testid="path-steps">
            {namedSteps.map((s, i) => (
              <li key={`${s.element}-${i}`}>
                {s.name} <span className="muted">{when(new Date(s.completedAt))}</span>
              </li>
            ))}
          </ol>
        )}
        {open ? <p data-testid="path-current">{t("task.pathCurrent", { step })}</p> : null}
      </section>

      <section className="panel" aria-labelledby="sheet">
        <h2 id="sheet">{t("task.sheet")}</h2>
        <p>
          <a
            className="link"
            href={pdf("05")}
            target="_blank"
            rel="noopener"
            data-testid="print-05"
          >
            {t("pdf.print")}
          </a>
        </p>
        <DataTable
          columns={[
            t("task.sheetCols.step"),
            t("task.sheetCols.from"),
            t("task.sheetCols.to"),
            t("task.sheetCols.officer"),
            t("task.sheetCols.received"),
            t("task.sheetCols.due"),
            t("task.sheetCols.finished"),
            t("task.sheetCols.result"),
          ]}
          className="inbox-sheet"
          testId="control-sheet"
        >
          {view.sheet.map((l) => (
            <tr key={l.taskId} data-testid="sheet-line" data-timing={l.timing}>
              <th scope="row">{l.name ?? l.element}</th>
              <td data-label={t("task.sheetCols.from")}>
                {l.fromUnitName
                  ? `${l.fromUnitName}${l.fromOfficer ? ` — ${l.fromOfficer}` : ""}`
                  : t("task.citizen")}
              </td>
              <td data-label={t("task.sheetCols.to")}>{l.unitName ?? l.unit ?? "—"}</td>
              <td data-label={t("task.sheetCols.officer")}>{l.officer ?? "—"}</td>
              <td data-label={t("task.sheetCols.received")}>{when(l.openedAt)}</td>
              <td data-label={t("task.sheetCols.due")}>{when(l.dueAt)}</td>
              <td data-label={t("task.sheetCols.finished")}>{when(l.closedAt)}</td>
              <td data-label={t("task.sheetCols.result")}>
                <span
                  className={`badge inbox-timing inbox-timing--${l.timing} ${["late", "overdue"].includes(l.timing) ? "inbox-deadline--overdue" : l.timing === "early" || l.timing === "onTime" ? "inbox-deadline--onTrack" : "inbox-deadline--none"}`}
                >
                  {t(`task.timing.${l.timing}`)}
                </span>
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
