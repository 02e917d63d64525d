import { getTranslations } from "next-intl/server";
import { PageIntro } from "./_components/page-intro";
import { Link } from "./_components/ui/link";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </div>
  );
}
