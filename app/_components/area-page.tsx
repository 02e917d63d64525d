import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "./page-intro";

/** Areas whose features come in later issues; each has a title and a purpose. */
export type Area = "inbox" | "studio" | "admin" | "dashboard";

export async function areaMetadata(area: Area): Promise<Metadata> {
  const t = await getTranslations(area);
  return { title: t("title"), description: t("description") };
}

/** The minimal page of an area: what it is for, and that more is coming. */
export async function AreaPage({ area }: { area: Area }) {
  const t = await getTranslations(area);
  const common = await getTranslations("area");
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      <p className="muted">{common("comingSoon")}</p>
    </div>
  );
}
