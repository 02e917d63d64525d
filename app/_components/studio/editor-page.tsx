import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { appDb } from "@/app/_lib/db";
import { studioActor } from "@/app/_lib/studio/actor";
import { isServiceError } from "@/db/services/errors";
import { getOrganisation } from "@/db/services/get-organisation";
import { getDraft, type StudioDraft } from "@/db/services/studio";
import { StudioWorkbenchLoader } from "./workbench-loader";
import type { StudioOrg } from "./types";

export async function studioEditorMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const t = await getTranslations("studio");
  const { id } = await params;
  return { title: `${decodeURIComponent(id)} — ${t("title")}` };
}

/** /studio/[id]: loads the draft and the organisation (tiers, agency kinds) and hands them to the client workbench. */
export async function StudioEditorPage({ id }: { id: string }) {
  const t = await getTranslations("studio");
  const db = await appDb();
  let draft: StudioDraft;
  try {
    draft = await getDraft(db, await studioActor(), id);
  } catch (error) {
    if (isServiceError(error) && error.code === "NOT_FOUND") notFound();
    if (isServiceError(error) && error.code === "UNAUTHENTICATED")
      redirect(`/sign-in?next=${encodeURIComponent(`/studio/${id}`)}`);
    if (isServiceError(error) && error.code === "FORBIDDEN")
      return (
        <div className="container">
          <p role="alert">{t("forbidden")}</p>
        </div>
      );
    throw error;
  }
  const org = await getOrganisation(db);
  const studioOrg: StudioOrg = {
    levels: org.levels,
    kinds: [...new Set(org.units.map((u) => u.kind).filter((k): k is string => Boolean(k)))].sort(),
    units: org.units,
  };
  return (
    <StudioWorkbenchLoader
      draft={{
        id: draft.id,
        name: draft.name,
        bpmn: draft.bpmn,
        forms: draft.forms,
        revision: draft.revision,
        isDraft: draft.isDraft,
        versions: draft.versions.map((v) => ({
          version: v.version,
          publishedAt: v.publishedAt.toISOString(),
          note: v.note,
        })),
      }}
      org={studioOrg}
    />
  );
}
