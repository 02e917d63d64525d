import { getLocale, getTranslations } from "next-intl/server";
import { formatFee } from "@/app/_lib/format";
import type { CatalogueItem } from "@/db/services/portal/search-catalogue";
import { Badge } from "../ui/badge";
import { DescriptionList } from "../ui/description-list";

/** The catalogue as cards, each opening its service page. */
export async function ServiceList({ procedures }: { procedures: CatalogueItem[] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const unknown = t("procedure.unknown");
  return (
    <ul className="card-list" aria-label={t("portal.catalogueHeading")}>
      {procedures.map((p) => (
        <li key={p.id} className="card">
          <article aria-labelledby={`procedure-${p.id}`}>
            <div className="card__head">
              {/* Procedure names are official Vietnamese titles, also on English pages. */}
              <h3 id={`procedure-${p.id}`} className="card__title" lang="vi">
                <a className="link" href={`/thu-tuc/${encodeURIComponent(p.id)}`}>
                  {p.name}
                </a>
              </h3>
              {p.level !== null && (
                <Badge tone={p.level >= 4 ? "success" : "info"}>
                  {t("procedure.level", { level: String(p.level) })}
                </Badge>
              )}
            </div>
            <DescriptionList
              items={[
                {
                  term: t("portal.code"),
                  details: p.code ? <span className="code">{p.code}</span> : unknown,
                },
                {
                  term: t("portal.service.field"),
                  details: p.field ? <span lang="vi">{p.field}</span> : unknown,
                },
                {
                  term: t("portal.tier"),
                  details: p.tier ? t("procedure.tier", { tier: p.tier }) : unknown,
                },
                {
                  term: t("portal.sla"),
                  details: p.sla !== null ? t("procedure.sla", { days: p.sla }) : unknown,
                },
                {
                  term: t("portal.fee"),
                  details:
                    p.fee !== null ? (formatFee(p.fee, locale) ?? t("procedure.free")) : unknown,
                },
              ]}
            />
          </article>
        </li>
      ))}
    </ul>
  );
}
