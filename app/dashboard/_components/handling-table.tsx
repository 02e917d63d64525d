import { getTranslations } from "next-intl/server";
import type { DashboardFigures } from "@/db/services/dashboard/dashboard-figures";
import { UnitRateTable, unitRateLabels } from "./unit-rate-table";

const COUNTS = ["early", "onTime", "late", "dueSoon", "overdue"] as const;

/** Processing steps per handling unit (where the task was routed), worst on-time rate first. */
export async function HandlingTable({ figures }: { figures: DashboardFigures }) {
  const t = await getTranslations("dashboard.handling");
  return (
    <UnitRateTable
      id="handling"
      target={figures.target}
      labels={unitRateLabels(
        t,
        COUNTS.map((c) => t(c)),
      )}
      rows={figures.handling.map((r) => ({ ...r, counts: COUNTS.map((c) => r[c]) }))}
    />
  );
}
