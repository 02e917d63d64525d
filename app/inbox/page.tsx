import NextLink from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaMetadata } from "@/app/_components/area-page";
import { DataTable } from "@/app/_components/ui/data-table";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageIntro } from "@/app/_components/page-intro";
import { actorFromPrincipal } from "@/app/_lib/actor-from-session";
import { appDb } from "@/app/_lib/db";
import { requireRoute } from "@/app/_lib/session";
import { myUnits } from "@/db/services/auth/my-units";
import { isServiceError } from "@/db/services/errors";
import { COUNT_CAP, countQueues, type QueueCounts } from "@/db/services/inbox/count-queues";
import { listQueue, type QueuePage } from "@/db/services/inbox/list-queue";
import { QUEUES, type Queue } from "@/db/services/inbox/scope";
import { listProcedures } from "@/db/services/list-procedures";
import { DeadlineBadge, EscalatedBadge } from "./_components/deadline-badge";
import { DATE_TIME } from "./_lib/when";
import { STATUSES, type Search, filtersOf, queueHref } from "./_lib/search";
import "./inbox.css";

const KNOWN_ROLES = ["reception", "specialist", "leader", "clerk"] as const;
const isKnownRole = (r: string): r is (typeof KNOWN_ROLES)[number] =>
  (KNOWN_ROLES as readonly string[]).includes(r);

export const generateMetadata = () => areaMetadata("inbox");

/**
 * An official's inbox (issue #8): queues with counts, filters and search
 * (a GET form, so every view is a link), and one keyset page of tasks.
 */
export default async function InboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const principal = await requireRoute("/inbox");
  const t = await getTranslations("inbox");
  const format = await getFormatter();
  const sp = await searchParams;
  const queue: Queue = QUEUES.includes(sp.queue as Queue) ? (sp.queue as Queue) : "mine";
  const filters = filtersOf(sp);
  const db = await appDb();
  const actor = actorFromPrincipal(principal, "official")!;
  let page: QueuePage = { rows: [], next: null };
  let counts: QueueCounts | null = null;
  let invalid = false;
  try {
    [page, counts] = await Promise.all([
      listQueue(db, { actor, input: { queue, filters, cursor: sp.after } }),
      countQueues(db, { actor, input: filters }),
    ]);
  } catch (error) {
    if (!isServiceError(error) || error.code !== "VALIDATION") throw error;
    invalid = true;
  }
  const [units, procedures] = await Promise.all([myUnits(db, principal), listProcedures(db)]);
  const when = (d: Date | null) => (d ? format.dateTime(d, DATE_TIME) : "—");
  const countText = (n: number) =>
    n >= COUNT_CAP ? t("countCapped", { count: COUNT_CAP - 1 }) : String(n);
  return (
    <div className="container stack inbox">
      <PageIntro title={t("title")} description={t("description")}>
        <section className="inbox-units" aria-labelledby="my-units">
          <h2 id="my-units">{t("myUnits")}</h2>
          <ul>
            {units.map((u) => (
              <li key={`${u.code}-${u.substituteFor ?? ""}`} data-testid="my-unit">
                <span className="code">{u.code}</span> — {u.name}:{" "}
                {u.roles.map((r) => (isKnownRole(r) ? t(`roles.${r}`) : r)).join(", ")}
                {u.substituteFor ? ` (${t("acting", { name: u.substituteFor })})` : ""}
              </li>
            ))}
          </ul>
        </section>
      </PageIntro>
      <nav aria-label={t("queuesLabel")} className="inbox-queues">
        <ul>
          {QUEUES.map((q) => (
            <li key={q}>
              <NextLink
                href={queueHref(q, filters)}
                aria-current={q === queue ? "page" : undefined}
                className={`inbox-queue inbox-queue--${q}`}
                data-testid={`queue-${q}`}
              >
                <span>{t(`queues.${q}`)}</span>
                <span className="inbox-queue__count" aria-label={`(${counts?.[q] ?? 0})`}>
                  {counts ? countText(counts[q]) : "–"}
                </span>
              </NextLink>
            </li>
          ))}
        </ul>
      </nav>
      <p className="muted">{t(`queueHelp.${queue}`)}</p>
      <details className="inbox-filters" open={Object.keys(filters).length > 0}>
        <summary>{t("filters.label")}</summary>
        <form className="form form--inline" role="search" aria-label={t("filters.label")}>
          <input type="hidden" name="queue" value={queue} />
          <div className="field inbox-filters__q">
            <label htmlFor="ib-q">{t("filters.q")}</label>
            <input
              id="ib-q"
              name="q"
              type="search"
              defaultValue={filters.q ?? ""}
              maxLength={200}
            />
          </div>
          <div className="field">
            <label htmlFor="ib-procedure">{t("filters.procedure")}</label>
            <select id="ib-procedure" name="procedure" defaultValue={filters.procedure ?? ""}>
              <option value="">{t("filters.anyProcedure")}</option>
              {procedures.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ib-status">{t("filters.status")}</label>
            <select id="ib-status" name="status" defaultValue={filters.status ?? ""}>
              <option value="">{t("filters.anyStatus")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ib-from">{t("filters.receivedFrom")}</label>
            <input
              id="ib-from"
              name="receivedFrom"
              type="date"
              defaultValue={filters.receivedFrom ?? ""}
            />
          </div>
          <div className="field">
            <label htmlFor="ib-to">{t("filters.receivedTo")}</label>
            <input
              id="ib-to"
              name="receivedTo"
              type="date"
              defaultValue={filters.receivedTo ?? ""}
            />
          </div>
          <div className="field">
            <label htmlFor="ib-applicant">{t("filters.applicant")}</label>
            <input
              id="ib-applicant"
              name="applicant"
              defaultValue={filters.applicant ?? ""}
              maxLength={200}
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary">
              {t("filters.apply")}
            </button>
            <NextLink href={queueHref(queue, {})} className="link">
              {t("filters.reset")}
            </NextLink>
          </div>
        </form>
      </details>
      {invalid ? (
        <p role="alert" className="alert alert--error">
          {t("filters.invalid")}
        </p>
      ) : null}
      {page.rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            t("table.code"),
            t("table.applicant"),
            t("table.procedure"),
            t("table.step"),
            t("table.received"),
            queue === "done" ? t("table.finished") : t("table.due"),
            t("table.assignee"),
          ]}
          caption={t("table.caption", { queue: t(`queues.${queue}`), count: page.rows.length })}
          className="inbox-table"
          testId="inbox-table"
        >
          {page.rows.map((r) => (
            <tr key={r.taskId} data-testid="inbox-row" data-deadline={r.deadline.state}>
              <th scope="row" data-label={t("table.code")}>
                <NextLink href={`/inbox/tasks/${r.taskId}`} className="link code">
                  {r.dossierCode}
                </NextLink>
              </th>
              <td data-label={t("table.applicant")}>{r.applicant || "—"}</td>
              <td data-label={t("table.procedure")}>{r.procedureName ?? r.procedureId}</td>
              <td data-label={t("table.step")}>
                {r.taskName ?? r.element}
                <span className="muted inbox-table__unit">{r.unitName ?? r.unit}</span>
              </td>
              <td data-label={t("table.received")}>{when(r.receivedAt)}</td>
              <td data-label={queue === "done" ? t("table.finished") : t("table.due")}>
                {queue === "done" ? (
                  when(r.closedAt)
                ) : (
                  <>
                    <span className="inbox-table__due">{when(r.dueAt)}</span>{" "}
                    <DeadlineBadge deadline={r.deadline} /> <EscalatedBadge at={r.escalatedAt} />
                  </>
                )}
              </td>
              <td data-label={t("table.assignee")}>{r.assigneeName ?? t("table.nobody")}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {page.next || sp.after ? (
        <nav aria-label={t("pagination")} className="inbox-pager">
          {sp.after ? (
            <NextLink href={queueHref(queue, filters)} className="link">
              {t("firstPage")}
            </NextLink>
          ) : null}
          {page.next ? (
            <NextLink
              href={queueHref(queue, filters, page.next)}
              className="button button--secondary"
            >
              {t("nextPage")}
            </NextLink>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
