import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { RateCell } from "./rate-cell";

export interface UnitRateRow {
  unit: string;
  unitName: string;
  level: string;
  onTimeRate: number | null;
  counts: readonly number[];
}

export interface UnitRateLabels {
  heading: string;
  caption: string;
  unit: string;
  onTimeRate: string;
  empty: string;
  /** One per entry of each row's `counts`, in order. */
  counts: readonly string[];
}

type CommonKey = "heading" | "caption" | "unit" | "onTimeRate" | "empty";

/** The labels from a view's messages (`dashboard.receiving` / `dashboard.handling`). */
export function unitRateLabels(
  t: (key: CommonKey) => string,
  counts: readonly string[],
): UnitRateLabels {
  const [heading, caption, unit, onTimeRate, empty] = (
    ["heading", "caption", "unit", "onTimeRate", "empty"] as const
  ).map((k) => t(k)) as [string, string, string, string, string];
  return { heading, caption, unit, onTimeRate, empty, counts };
}

/**
 * Units with their on-time rate and counts, worst rate first (the verb's
 * order); a row at or below the target is marked. Shared by the receiving
 * and the handling view.
 */
export async function UnitRateTable({
  id,
  labels,
  rows,
  target,
}: {
  /** `receiving` / `handling`: the table's and its rows' test ids. */
  id: string;
  labels: UnitRateLabels;
  rows: readonly UnitRateRow[];
  target: number;
}) {
  const level = await getTranslations("dashboard");
  const format = await getFormatter();
  if (rows.length === 0) return <EmptyState>{labels.empty}</EmptyState>;
  return (
    <div
      className="table-wrap dash-table-wrap"
      tabIndex={0}
      role="region"
      aria-label={labels.heading}
    >
      <table className="table dash-table" data-testid={`${id}-table`}>
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.unit}</th>
            <th scope="col" className="dash-rate-col">
              {labels.onTimeRate}
            </th>
            {labels.counts.map((c) => (
              <th key={c} scope="col" className="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.unit}
              data-testid={`${id}-row`}
              data-unit={r.unit}
              className={
                r.onTimeRate !== null && r.onTimeRate <= target ? "dash-row--below" : undefined
              }
            >
              <th scope="row">
                {r.unitName}
                <span className="dash-unit-meta muted">
                  {r.unit} · {level("levelName", { level: r.level })}
                </span>
              </th>
              <td>
                <RateCell rate={r.onTimeRate} target={target} />
              </td>
              {r.counts.map((n, i) => (
                <td key={labels.counts[i]} className="num">
                  {format.number(n)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
