import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { ProcedureList } from "@/app/_components/procedure-list";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { procedureCatalogue } from "@/app/_lib/catalogue";

// The catalogue is read from the database on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("title"), description: t("description") };
}

export default async function PortalPage() {
  const t = await getTranslations("portal");
  const procedures = await procedureCatalogue();
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      <section aria-labelledby="catalogue-heading" className="stack">
        <div className="section-head">
          <h2 id="catalogue-heading">{t("catalogueHeading")}</h2>
          {procedures.length > 0 && (
            <p className="muted">{t("count", { count: procedures.length })}</p>
          )}
        </div>
        {procedures.length > 0 ? (
          <ProcedureList procedures={procedures} />
        ) : (
          <EmptyState>{t("empty")}</EmptyState>
        )}
      </section>
    </div>
  );
}
