import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/empty-state";
import type { DashboardFigures } from "@/db/services/dashboard/dashboard-figures";

/** Average processing time per procedure, longest first; days once it passes a day. */
export async function ProcedureTable({ figures }: { figures: DashboardFigures }) {
  const t = await getTranslations("dashboard.procedures");
  const format = await getFormatter();
  if (figures.procedures.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  const duration = (hours: number | null) =>
    hours === null ? "—" : hours < 24 ? t("hours", { hours }) : t("days", { days: hours / 24 });
  return (
    <div
      className="table-wrap dash-table-wrap"
      tabIndex={0}
      role="region"
      aria-label={t("heading")}
    >
      <table className="table dash-table" data-testid="procedure-table">
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("procedure")}</th>
            <th scope="col" className="num">
              {t("finished")}
            </th>
            <th scope="col" className="num">
              {t("average")}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.procedures.map((p) => (
            <tr key={p.procedure}>
              <th scope="row">{p.name}</th>
              <td className="num">{format.number(p.finished)}</td>
              <td className="num">{duration(p.averageHours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
