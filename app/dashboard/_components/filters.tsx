import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import type { DashboardFigures } from "@/db/services/dashboard/dashboard-figures";

export type Filters = Partial<Record<"from" | "to" | "level" | "unit", string>>;

/** The period and unit filters: a GET form, so every view is a link. */
export async function DashboardFilters({
  figures,
  filters,
}: {
  figures: DashboardFigures;
  filters: Filters;
}) {
  const t = await getTranslations("dashboard");
  return (
    <form className="form form--inline dash-filters" role="search" aria-label={t("filters.label")}>
      <div className="field">
        <label htmlFor="dash-from">{t("filters.from")}</label>
        <input id="dash-from" name="from" type="date" defaultValue={figures.period.from} />
      </div>
      <div className="field">
        <label htmlFor="dash-to">{t("filters.to")}</label>
        <input id="dash-to" name="to" type="date" defaultValue={figures.period.to} />
      </div>
      {figures.levels.length > 1 ? (
        <div className="field">
          <label htmlFor="dash-level">{t("filters.level")}</label>
          <select id="dash-level" name="level" defaultValue={filters.level ?? ""}>
            <option value="">{t("filters.anyLevel")}</option>
            {figures.levels.map((l) => (
              <option key={l} value={l}>
                {t("levelName", { level: l })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {figures.units.length > 1 ? (
        <div className="field">
          <label htmlFor="dash-unit">{t("filters.unit")}</label>
          <select id="dash-unit" name="unit" defaultValue={filters.unit ?? ""}>
            <option value="">{t("filters.anyUnit")}</option>
            {figures.units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name} ({u.code})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t("filters.apply")}
        </button>
        <NextLink href="/dashboard" className="link">
          {t("filters.reset")}
        </NextLink>
      </div>
    </form>
  );
}
