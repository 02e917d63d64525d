import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("shell");
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer")}</p>
      </div>
    </footer>
  );
}
