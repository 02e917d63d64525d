import { getFormatter, getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import type { DashboardFigures } from "@/db/services/dashboard/dashboard-figures";
import { DashboardFilters, type Filters } from "./filters";
import { HandlingTable } from "./handling-table";
import { ProcedureTable } from "./procedure-table";
import { ReceivingTable } from "./receiving-table";

/** The whole dashboard for figures the server already computed and authorised. */
export async function Dashboard({
  figures,
  filters,
  invalid,
}: {
  figures: DashboardFigures;
  filters: Filters;
  invalid: boolean;
}) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T12:00:00+07:00`), {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
    });
  const target = format.number(figures.target, { style: "percent" });
  return (
    <div className="container stack dashboard">
      <PageIntro title={t("title")} description={t("description")}>
        <p data-testid="dashboard-scope">
          {figures.scope === "all" ? t("scopeAll") : t("scopeLed")}
        </p>
      </PageIntro>
      <DashboardFilters figures={figures} filters={filters} />
      {invalid ? (
        <p role="alert" className="alert alert--error">
          {t("filters.invalid")}
        </p>
      ) : null}
      <div className="dash-summary">
        <p>
          <strong>
            {t("period", { from: day(figures.period.from), to: day(figures.period.to) })}
          </strong>{" "}
          <span data-testid="dashboard-target">{t("target", { target })}</span>
        </p>
        <p className="muted">{t("rateHelp")}</p>
      </div>
      <section className="stack" aria-labelledby="dash-receiving">
        <h2 id="dash-receiving">{t("receiving.heading")}</h2>
        <ReceivingTable figures={figures} />
      </section>
      <section className="stack" aria-labelledby="dash-handling">
        <h2 id="dash-handling">{t("handling.heading")}</h2>
        <HandlingTable figures={figures} />
      </section>
      <section className="stack" aria-labelledby="dash-procedures">
        <h2 id="dash-procedures">{t("procedures.heading")}</h2>
        <ProcedureTable figures={figures} />
      </section>
    </div>
  );
}
