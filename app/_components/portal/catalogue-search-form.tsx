import { getTranslations } from "next-intl/server";
import { SelectField } from "@/app/_components/forms/field";
import type { CatalogueSearch } from "@/db/services/portal/search-catalogue";

/** The catalogue's search and filters: a plain GET form, so it works without JavaScript. */
export async function CatalogueSearchForm({
  facets,
  query,
}: {
  facets: CatalogueSearch["facets"];
  query: { q: string; field: string; tier: string; level: string };
}) {
  const t = await getTranslations();
  const s = (k: Parameters<typeof t>[0]) => t(k);
  // The empty value is no filter.
  const any = { value: "", label: s("portal.search.any") };
  return (
    <form
      method="get"
      action="/"
      role="search"
      className="portal-search"
      aria-label={s("portal.search.label")}
    >
      <div className="field">
        <label htmlFor="catalogue-q">{s("portal.search.label")}</label>
        <input
          id="catalogue-q"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder={s("portal.search.placeholder")}
          aria-describedby="catalogue-q-hint"
          autoComplete="off"
        />
        <p id="catalogue-q-hint" className="field__hint">
          {s("portal.search.hint")}
        </p>
      </div>
      <SelectField
        scope="catalogue"
        name="field"
        label={s("portal.search.field")}
        defaultValue={query.field}
        options={[any, ...facets.fields.map((f) => ({ value: f, label: f, lang: "vi" }))]}
      />
      <SelectField
        scope="catalogue"
        name="tier"
        label={s("portal.search.tier")}
        defaultValue={query.tier}
        options={[
          any,
          ...facets.tiers.map((tier) => ({ value: tier, label: t("procedure.tier", { tier }) })),
        ]}
      />
      <SelectField
        scope="catalogue"
        name="level"
        label={s("portal.search.level")}
        defaultValue={query.level}
        options={[
          any,
          ...facets.levels.map((level) => ({
            value: String(level),
            label: t("procedure.level", { level: String(level) }),
          })),
        ]}
      />
      <div className="portal-search__actions">
        <button type="submit" className="button button--primary">
          {s("portal.search.submit")}
        </button>
        <a className="link" href="/">
          {s("portal.search.reset")}
        </a>
      </div>
    </form>
  );
}
