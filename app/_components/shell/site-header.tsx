import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { LanguageSwitcher } from "@/app/_components/ui/language-switcher";
import { AccountMenu } from "./account-menu";
import { MainNav } from "./main-nav";

/** Banner on every page: product name, language switch, main navigation. */
export async function SiteHeader() {
  const t = await getTranslations("shell");
  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <NextLink href="/" className="brand" aria-label={t("homeLink")}>
          <span className="brand__mark" aria-hidden="true">
            MC
          </span>
          <span className="brand__text">
            <span className="brand__name">{t("productName")}</span>
            <span className="brand__tagline">{t("tagline")}</span>
          </span>
        </NextLink>
        <LanguageSwitcher />
        <AccountMenu />
      </div>
      <div className="site-header__nav container">
        <MainNav />
      </div>
    </header>
  );
}
