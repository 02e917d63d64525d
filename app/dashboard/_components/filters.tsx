import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/app/_components/forms/field";
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
        <SelectField
          scope="dash"
          name="level"
          label={t("filters.level")}
          defaultValue={filters.level ?? ""}
          options={[
            { value: "", label: t("filters.anyLevel") },
            ...figures.levels.map((l) => ({ value: l, label: t("levelName", { level: l }) })),
          ]}
        />
      ) : null}
      {figures.units.length > 1 ? (
        <SelectField
          scope="dash"
          name="unit"
          label={t("filters.unit")}
          defaultValue={filters.unit ?? ""}
          options={[
            { value: "", label: t("filters.anyUnit") },
            ...figures.units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` })),
          ]}
        />
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
