import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { Badge } from "@/app/_components/ui/badge";
import { DescriptionList } from "@/app/_components/ui/description-list";
import { appDb } from "@/app/_lib/db";
import { formatFee } from "@/app/_lib/format";
import { currentPrincipal } from "@/app/_lib/session";
import { isServiceError } from "@/db/services/errors";
import { getService, type ServicePage } from "@/db/services/portal/get-service";

export const dynamic = "force-dynamic";

async function load(id: string): Promise<ServicePage> {
  try {
    return await getService(await appDb(), { input: { id } });
  } catch (error) {
    if (isServiceError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const p = await load(decodeURIComponent((await params).id));
  return { title: p.name };
}

/** One procedure in plain words: facts, steps, documents, legal basis, delivery; and the way in. */
export default async function ServicePageView({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const p = await load(id);
  const t = await getTranslations();
  const locale = await getLocale();
  const unknown = t("procedure.unknown");
  const signedIn = (await currentPrincipal()) !== null;
  const applyHref = `/thu-tuc/${encodeURIComponent(p.id)}/nop-ho-so`;
  return (
    <div className="container stack">
      <p>
        <a className="link" href="/">
          ← {t("portal.service.back")}
        </a>
      </p>
      <PageIntro title={p.name} description={p.field ?? ""}>
        {p.level !== null && (
          <p>
            <Badge tone={p.level >= 4 ? "success" : "info"}>
              {t("procedure.level", { level: String(p.level) })}
            </Badge>
          </p>
        )}
      </PageIntro>
      <div className="portal-grid">
        <div className="stack">
          <section className="portal-panel" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{t("portal.service.steps")}</h2>
            <p>{t("portal.service.stepsIntro")}</p>
            <ol className="portal-steps">
              {p.steps.map((s) => (
                <li key={s.id}>
                  <strong lang="vi">{s.name}</strong>
                  <br />
                  <span className="muted">
                    {[
                      t("portal.service.stepKind", { kind: s.kind }),
                      s.tier ? t("procedure.tier", { tier: s.tier }) : null,
                      s.sla !== null ? t("portal.service.stepSla", { days: s.sla }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <section className="portal-panel" aria-labelledby="documents-heading">
            <h2 id="documents-heading">{t("portal.service.documents")}</h2>
            {p.documents.length === 0 ? (
              <p>{t("portal.service.noDocuments")}</p>
            ) : (
              <ul>
                {p.documents.map((d) => (
                  <li key={d.key}>
                    <span lang="vi">{d.label}</span> (
                    {d.required ? t("portal.service.required") : t("portal.service.optional")})
                    {d.accept ? (
                      <span className="muted">
                        {" "}
                        — {t("portal.service.accept", { accept: d.accept })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="stack">
          <section className="portal-panel" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t("portal.service.facts")}</h2>
            <DescriptionList
              items={[
                {
                  term: t("portal.code"),
                  details: p.code ? <span className="code">{p.code}</span> : unknown,
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
                {
                  term: t("portal.service.legalBasis"),
                  details: p.legalBasis ? (
                    <span lang="vi">{p.legalBasis}</span>
                  ) : (
                    t("portal.service.notStated")
                  ),
                },
                {
                  term: t("portal.service.delivery"),
                  details:
                    p.resultDelivery.length > 0
                      ? p.resultDelivery
                          .map((k) => t("portal.service.deliveryKind", { kind: k }))
                          .join("; ")
                      : t("portal.service.notStated"),
                },
              ]}
            />
            {p.startForm ? (
              <a
                className="button button--primary"
                href={signedIn ? applyHref : `/sign-in?next=${encodeURIComponent(applyHref)}`}
              >
                {signedIn ? t("portal.service.apply") : t("portal.service.signInToApply")}
              </a>
            ) : null}
          </section>
        </aside>
      </div>
    </div>
  );
}
