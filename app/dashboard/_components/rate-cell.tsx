import { getFormatter, getTranslations } from "next-intl/server";

/**
 * An on-time rate: the percentage, a bar with the target marked, and a word
 * that says whether it meets the target — the colour is never the only sign.
 */
export async function RateCell({ rate, target }: { rate: number | null; target: number }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  if (rate === null) return <span className="muted">{t("noRate")}</span>;
  const below = rate <= target;
  const percent = format.number(rate, { style: "percent", maximumFractionDigits: 1 });
  return (
    <span className={`dash-rate ${below ? "dash-rate--below" : "dash-rate--ok"}`}>
      <span className="dash-rate__value">{percent}</span>
      <span className="dash-rate__bar" aria-hidden="true">
        <span className="dash-rate__fill" style={{ width: `${Math.round(rate * 100)}%` }} />
        <span className="dash-rate__target" style={{ left: `${target * 100}%` }} />
      </span>
      <span className="dash-rate__verdict" data-testid="rate-verdict">
        {below ? `⚠ ${t("belowTarget")}` : t("meetsTarget")}
      </span>
    </span>
  );
}
