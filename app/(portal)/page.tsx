import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { CatalogueSearchForm } from "@/app/_components/portal/catalogue-search-form";
import { ServiceList } from "@/app/_components/portal/service-list";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { appDb } from "@/app/_lib/db";
import { searchCatalogue } from "@/db/services/portal/search-catalogue";

// The catalogue is read from the database on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("title"), description: t("description") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function PortalPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations("portal");
  const sp = await searchParams;
  const query = { q: one(sp.q), field: one(sp.field), tier: one(sp.tier), level: one(sp.level) };
  const level = /^[34]$/.test(query.level) ? query.level : undefined;
  const found = await searchCatalogue(await appDb(), {
    input: { q: query.q, field: query.field, tier: query.tier, level },
  });
  const filtered = Object.values(query).some((v) => v !== "");
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      <section aria-labelledby="catalogue-heading" className="stack">
        <div className="section-head">
          <h2 id="catalogue-heading">{t("catalogueHeading")}</h2>
          {found.total > 0 && !filtered && (
            <p className="muted">{t("count", { count: found.total })}</p>
          )}
        </div>
        {found.total > 0 ? (
          <>
            <CatalogueSearchForm facets={found.facets} query={query} />
            {filtered ? (
              <p role="status" className="muted">
                {t("search.results", { count: found.items.length })}
              </p>
            ) : null}
            {found.items.length > 0 ? <ServiceList procedures={found.items} /> : null}
          </>
        ) : (
          <EmptyState>{t("empty")}</EmptyState>
        )}
      </section>
    </div>
  );
}
