import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { Badge } from "@/app/_components/ui/badge";
import { appDb } from "@/app/_lib/db";
import { studioActor } from "@/app/_lib/studio/actor";
import { isServiceError } from "@/db/services/errors";
import { listStudioProcedures, type StudioProcedure } from "@/db/services/studio";
import { CreateProcedure } from "./create-procedure";

export async function studioListMetadata(): Promise<Metadata> {
  const t = await getTranslations("studio");
  return { title: t("title"), description: t("description") };
}

/** /studio: the procedures (published ones are the templates) and the form to start a new one. */
export async function StudioListPage() {
  const t = await getTranslations("studio");
  const format = await getFormatter();
  let list: StudioProcedure[];
  try {
    list = await listStudioProcedures(await appDb(), await studioActor());
  } catch (error) {
    if (isServiceError(error) && (error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED"))
      return (
        <div className="container stack">
          <PageIntro title={t("title")} description={t("description")} />
          {error.code === "FORBIDDEN" ? (
            <p role="alert">{t("forbidden")}</p>
          ) : (
            <p>
              {t("signInFirst")}{" "}
              <a className="link" href="/sign-in?next=%2Fstudio">
                {t("signIn")}
              </a>
            </p>
          )}
        </div>
      );
    throw error;
  }
  const templates = list.filter((p) => p.version !== null).map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      <section aria-labelledby="studio-list-heading" className="stack">
        <h2 id="studio-list-heading">{t("list.heading")}</h2>
        <p className="muted">{t("list.description")}</p>
        {list.length === 0 ? (
          <p>{t("list.empty")}</p>
        ) : (
          <ul className="studio-list">
            {list.map((p) => (
              <li key={p.id} className="studio-list__item">
                <div className="studio-list__main">
                  <a
                    className="studio-list__name link"
                    href={`/studio/${encodeURIComponent(p.id)}`}
                    lang="vi"
                  >
                    {p.name}
                  </a>
                  <span className="muted">
                    {t("list.processId", { id: p.id })}
                    {p.code ? ` · ${t("list.code", { code: p.code })}` : ""}
                    {" · "}
                    {t("list.updated", {
                      date: format.dateTime(p.updatedAt, {
                        dateStyle: "short",
                        timeStyle: "short",
                      }),
                    })}
                  </span>
                </div>
                <div className="studio-list__badges">
                  {p.version !== null ? (
                    <Badge tone="success">{t("list.published", { version: p.version })}</Badge>
                  ) : (
                    <Badge tone="neutral">{t("list.neverPublished")}</Badge>
                  )}
                  {p.hasDraft && <Badge tone="warning">{t("list.draft")}</Badge>}
                  {p.archived && <Badge tone="neutral">{t("list.archived")}</Badge>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CreateProcedure templates={templates} />
    </div>
  );
}
