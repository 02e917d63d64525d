"use client";

import { useTranslations } from "next-intl";
import { setLocale } from "@/app/_lib/locale-action";
import { Button } from "./button";

/**
 * Switches between Vietnamese and English. A form posting to a server
 * action, so it also works before the page's JavaScript has loaded.
 */
export function LanguageSwitcher() {
  const t = useTranslations("language");
  const target = t("switchToLocale");
  return (
    <form action={setLocale} className="language-switcher">
      <input type="hidden" name="locale" value={target} />
      <Button type="submit" variant="on-dark" lang={target}>
        <span aria-hidden="true" className="language-switcher__icon">
          ⇄
        </span>{" "}
        {t("switchTo")}
      </Button>
    </form>
  );
}
