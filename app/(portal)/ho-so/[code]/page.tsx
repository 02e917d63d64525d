import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { DossierDetails } from "@/app/_components/portal/dossier-details";
import { isServiceError } from "@/db/services/errors";
import { getPortalDossier } from "@/db/services/portal/get-portal-dossier";
import { requireCitizen, visitorActors } from "../../_lib/portal";
import { payAction, postalAction, withdrawAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ code: string }>;
}): Promise<Metadata> {
  const t = await getTranslations("portal.dossier");
  return { title: t("title", { code: decodeURIComponent((await params).code) }) };
}

type Search = Record<string, string | string[] | undefined>;

/** The applicant's own view of a dossier. */
export default async function DossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Search>;
}) {
  const code = decodeURIComponent((await params).code);
  const { db } = await requireCitizen(`/ho-so/${encodeURIComponent(code)}`);
  const sp = await searchParams;
  const t = await getTranslations("portal");
  let page;
  try {
    page = await getPortalDossier(db, { actors: await visitorActors(), input: { code } });
  } catch (error) {
    if (isServiceError(error) && (error.code === "NOT_FOUND" || error.code === "UNAUTHENTICATED"))
      notFound();
    throw error;
  }
  return (
    <div className="container stack">
      <PageIntro title={t("dossier.title", { code })} description={page.procedure.name} />
      {sp.moi === "1" ? (
        <div className="portal-note portal-note--ok" role="status">
          <p>{t("dossier.submitted", { code })}</p>
          <p>{t("dossier.trackingHint")}</p>
        </div>
      ) : sp.paid === "1" && page.paid ? (
        <p className="portal-note portal-note--ok" role="status">
          {t("payment.paid", {
            amount: new Intl.NumberFormat("vi-VN").format(page.paid.amount) + " ₫",
          })}
        </p>
      ) : sp.withdrawn === "1" ? (
        <p className="portal-note portal-note--ok" role="status">
          {t("withdraw.done")}
        </p>
      ) : sp.sent === "1" ? (
        <p className="portal-note portal-note--ok" role="status">
          {t("supplement.sent")}
        </p>
      ) : sp.bosung === "invalid" ? (
        <p className="portal-note portal-note--error" role="alert">
          {t("supplement.needFile")}
        </p>
      ) : null}
      <DossierDetails
        page={page}
        actions={{
          pay: payAction,
          postal: postalAction,
          withdraw: withdrawAction,
          payKey: randomUUID(),
        }}
      />
    </div>
  );
}
