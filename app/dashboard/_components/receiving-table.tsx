import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/empty-state";
import type { DashboardFigures } from "@/db/services/dashboard/dashboard-figures";
import { RateCell } from "./rate-cell";

const COUNTS = ["received", "finished", "overdue", "paused", "refused", "withdrawn"] as const;

/** Dossiers per receiving unit (the dossier's jurisdiction), worst on-time rate first. */
export async function ReceivingTable({ figures }: { figures: DashboardFigures }) {
  const t = await getTranslations("dashboard.receiving");
  const level = await getTranslations("dashboard");
  const format = await getFormatter();
  if (figures.receiving.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <div
      className="table-wrap dash-table-wrap"
      tabIndex={0}
      role="region"
      aria-label={t("heading")}
    >
      <table className="table dash-table" data-testid="receiving-table">
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("unit")}</th>
            <th scope="col" className="dash-rate-col">
              {t("onTimeRate")}
            </th>
            {COUNTS.map((c) => (
              <th key={c} scope="col" className="num">
                {t(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.receiving.map((r) => (
            <tr
              key={r.unit}
              data-testid="receiving-row"
              data-unit={r.unit}
              className={
                r.onTimeRate !== null && r.onTimeRate <= figures.target
                  ? "dash-row--below"
                  : undefined
              }
            >
              <th scope="row">
                {r.unitName}
                <span className="dash-unit-meta muted">
                  {r.unit} · {level("levelName", { level: r.level })}
                </span>
              </th>
              <td>
                <RateCell rate={r.onTimeRate} target={figures.target} />
              </td>
              {COUNTS.map((c) => (
                <td key={c} className="num">
                  {format.number(r[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
