import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { JurisdictionPicker } from "@/app/_components/portal/jurisdiction-picker";
import { StartFormFields } from "@/app/_components/portal/start-form-fields";
import { getOrganisation } from "@/db/services/get-organisation";
import { isServiceError } from "@/db/services/errors";
import { getDraft } from "@/db/services/portal/get-draft";
import { getService } from "@/db/services/portal/get-service";
import { portalConfig } from "@/db/portal-files/config";
import { validateFormData } from "@/engine/forms";
import { jurisdictionChoices } from "../../../_lib/jurisdictions";
import { requireCitizen } from "../../../_lib/portal";
import { renderTree } from "../../../_lib/start-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.service");
  return { title: t("apply") };
}

type Search = Record<string, string | string[] | undefined>;

/** Step 1: the start form, generated on the server from its form-js schema. */
export default async function ApplyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const id = decodeURIComponent((await params).id);
  const base = `/thu-tuc/${encodeURIComponent(id)}/nop-ho-so`;
  const { actor, db } = await requireCitizen(base);
  const sp = await searchParams;
  let service;
  try {
    service = await getService(db, { input: { id } });
  } catch (error) {
    if (isServiceError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  if (!service.startForm) notFound();
  const t = await getTranslations("portal.apply");
  const locale = await getLocale();
  const format = await getFormatter();
  const draft = await getDraft(db, { actor, input: { procedure: id } });
  const values = draft?.data ?? {};
  const mb = Math.round(portalConfig().maxUploadBytes / 1024 / 1024);
  const errors: Record<string, string> = {};
  if (sp.check === "1" && draft) {
    const check = validateFormData(service.startForm, values, { now: new Date() });
    for (const e of check.errors) errors[e.field] ??= locale === "vi" ? e.messageVi : e.message;
  }
  const refused = ([] as string[]).concat(sp.tep ?? []);
  for (const key of refused) errors[key] = t("fileRefused", { mb });
  const jurisdictionError =
    sp.check === "1" && !draft?.jurisdiction ? t("jurisdictionRequired") : undefined;
  const count = Object.keys(errors).length + (jurisdictionError ? 1 : 0);
  const org = await getOrganisation(db);
  return (
    <div className="container stack">
      <PageIntro title={t("title", { name: service.name })} description={t("intro")}>
        <p className="muted">{t("stepForm")}</p>
      </PageIntro>
      {count > 0 ? (
        <div className="portal-note portal-note--error" role="alert">
          {t("errors", { count })}
        </div>
      ) : sp.saved === "1" ? (
        <p className="portal-note portal-note--ok" role="status">
          {t("saved")}
        </p>
      ) : draft ? (
        <p className="portal-note" role="status">
          {t("resumed", {
            at: format.dateTime(draft.updatedAt, { dateStyle: "short", timeStyle: "short" }),
          })}
        </p>
      ) : null}
      <form
        className="portal-form"
        method="post"
        action={`${base}/luu`}
        encType="multipart/form-data"
        aria-label={t("title", { name: service.name })}
        noValidate
      >
        <JurisdictionPicker
          choices={jurisdictionChoices(org)}
          value={draft?.jurisdiction ?? null}
          error={jurisdictionError}
          texts={{
            legend: t("where"),
            province: t("province"),
            commune: t("commune"),
            choose: t("choose"),
          }}
        />
        <StartFormFields
          nodes={renderTree(service.startForm.components)}
          values={values}
          errors={errors}
          texts={{
            fileCurrent: (name) => t("fileCurrent", { name }),
            fileReplace: t("fileReplace"),
            fileLimits: t("fileLimits", { mb }),
            choose: t("choose"),
            row: (n) => t("row", { n }),
            listHint: t("listHint"),
          }}
        />
        <div className="portal-actions">
          <button type="submit" name="intent" value="review" className="button button--primary">
            {t("continue")}
          </button>
          <button type="submit" name="intent" value="draft" className="button button--secondary">
            {t("saveDraft")}
          </button>
        </div>
      </form>
    </div>
  );
}
