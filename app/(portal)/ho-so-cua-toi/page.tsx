import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { Badge } from "@/app/_components/ui/badge";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { listMyApplications } from "@/db/services/portal/list-my-applications";
import { requireCitizen } from "../_lib/portal";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.dossier");
  return { title: t("mine") };
}

/** The citizen's dossiers and unsent drafts. */
export default async function MyDossiersPage() {
  const { actor, db } = await requireCitizen("/ho-so-cua-toi");
  const mine = await listMyApplications(db, { actor });
  const t = await getTranslations("portal.dossier");
  const format = await getFormatter();
  const day = (iso: string | null) =>
    iso
      ? format.dateTime(new Date(`${iso.slice(0, 10)}T12:00:00+07:00`), { dateStyle: "medium" })
      : "—";
  return (
    <div className="container stack">
      <PageIntro title={t("mine")} description={t("mineIntro")} />
      {mine.drafts.length > 0 ? (
        <section className="portal-panel" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">{t("drafts")}</h2>
          <ul>
            {mine.drafts.map((d) => (
              <li key={d.procedure}>
                <a
                  className="link"
                  href={`/thu-tuc/${encodeURIComponent(d.procedure)}/nop-ho-so`}
                  lang="vi"
                >
                  {t("resume", { name: d.procedureName })}
                </a>{" "}
                <span className="muted">
                  (
                  {format.dateTime(new Date(d.updatedAt), {
                    dateStyle: "short",
                    timeStyle: "short",
                  })}
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mine.dossiers.length === 0 ? (
        <EmptyState>{t("mineEmpty")}</EmptyState>
      ) : (
        <ul className="card-list" aria-label={t("mine")}>
          {mine.dossiers.map((d) => (
            <li key={d.code} className="card" data-testid="my-dossier">
              <article aria-labelledby={`d-${d.code}`} className="stack">
                <h2 id={`d-${d.code}`} className="card__title">
                  <a
                    className="link"
                    href={`/ho-so/${encodeURIComponent(d.code)}`}
                    aria-label={t("open", { code: d.code })}
                  >
                    <span className="code">{d.code}</span>
                  </a>
                </h2>
                <p lang="vi">{d.procedureName}</p>
                <p>
                  <Badge
                    tone={
                      d.status === "completed"
                        ? "success"
                        : d.stage === "supplement" || d.stage === "payment"
                          ? "warning"
                          : "info"
                    }
                  >
                    {t("stage", { stage: d.stage })}
                  </Badge>
                </p>
                <p className="muted">
                  {t("received")}: {day(d.receivedAt)} · {t("due")}: {day(d.dueDate)}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
