import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { DossierDetails } from "@/app/_components/portal/dossier-details";
import { appDb } from "@/app/_lib/db";
import { isServiceError } from "@/db/services/errors";
import { getPortalDossier, type PortalDossier } from "@/db/services/portal/get-portal-dossier";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.track");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").trim();

/** Public tracking by dossier code and secret (typed, or from the receipt's QR code); no sign-in. */
export default async function TrackPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations("portal.track");
  const sp = await searchParams;
  const code = one(sp.ma);
  const secret = one(sp.secret);
  let page: PortalDossier | null = null;
  let notFound = false;
  if (code && secret) {
    try {
      // Only the secret counts here, even for a signed-in visitor: the page shows what the QR shows.
      page = await getPortalDossier(await appDb(), { actors: [], input: { code, secret } });
    } catch (error) {
      if (!isServiceError(error)) throw error;
      notFound = true;
    }
  }
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("intro")} />
      <form
        method="get"
        action="/tra-cuu"
        className="portal-search portal-search--pair"
        aria-label={t("title")}
      >
        <div className="field">
          <label htmlFor="track-code">{t("code")}</label>
          <input
            id="track-code"
            name="ma"
            defaultValue={code}
            required
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="track-secret">{t("secret")}</label>
          <input
            id="track-secret"
            name="secret"
            defaultValue={secret}
            required
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="portal-search__actions">
          <button type="submit" className="button button--primary">
            {t("submit")}
          </button>
        </div>
      </form>
      {notFound ? (
        <p className="portal-note portal-note--error" role="alert">
          {t("notFound")}
        </p>
      ) : null}
      {page ? <DossierDetails page={page} secret={secret} /> : null}
    </div>
  );
}
