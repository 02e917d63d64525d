import { getTranslations } from "next-intl/server";
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
      <div className="field">
        <label htmlFor="catalogue-field">{s("portal.search.field")}</label>
        <select id="catalogue-field" name="field" defaultValue={query.field}>
          <option value="">{s("portal.search.any")}</option>
          {facets.fields.map((f) => (
            <option key={f} value={f} lang="vi">
              {f}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="catalogue-tier">{s("portal.search.tier")}</label>
        <select id="catalogue-tier" name="tier" defaultValue={query.tier}>
          <option value="">{s("portal.search.any")}</option>
          {facets.tiers.map((tier) => (
            <option key={tier} value={tier}>
              {t("procedure.tier", { tier })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="catalogue-level">{s("portal.search.level")}</label>
        <select id="catalogue-level" name="level" defaultValue={query.level}>
          <option value="">{s("portal.search.any")}</option>
          {facets.levels.map((level) => (
            <option key={level} value={String(level)}>
              {t("procedure.level", { level: String(level) })}
            </option>
          ))}
        </select>
      </div>
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
