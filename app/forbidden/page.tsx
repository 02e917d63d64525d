import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { Link } from "@/app/_components/ui/link";

/** Where a signed-in person lands when a page is not theirs to see. */
export default async function ForbiddenPage() {
  const t = await getTranslations("auth.forbidden");
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
