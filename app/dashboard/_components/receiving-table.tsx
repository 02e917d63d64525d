import { getTranslations } from "next-intl/server";
import type { DashboardFigures } from "@/db/services/dashboard/dashboard-figures";
import { UnitRateTable, unitRateLabels } from "./unit-rate-table";

const COUNTS = ["received", "finished", "overdue", "paused", "refused", "withdrawn"] as const;

/** Dossiers per receiving unit (the dossier's jurisdiction), worst on-time rate first. */
export async function ReceivingTable({ figures }: { figures: DashboardFigures }) {
  const t = await getTranslations("dashboard.receiving");
  return (
    <UnitRateTable
      id="receiving"
      target={figures.target}
      labels={unitRateLabels(
        t,
        COUNTS.map((c) => t(c)),
      )}
      rows={figures.receiving.map((r) => ({ ...r, counts: COUNTS.map((c) => r[c]) }))}
    />
  );
}
