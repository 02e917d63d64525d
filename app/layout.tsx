// Be Vietnam Pro, self-hosted: each weight's CSS declares the vietnamese,
// latin-ext and latin subsets with unicode-range, so the browser fetches only
// the files a page's text needs, from our own origin.
import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/500.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./globals.css";

import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Providers } from "./_components/providers";
import { SiteFooter } from "./_components/shell/site-footer";
import { SiteHeader } from "./_components/shell/site-header";
import { SkipLink } from "./_components/ui/skip-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#8a1c1c" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("shell");
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <Providers>
            <SkipLink label={t("skipToContent")} />
            <SiteHeader />
            <main id="main" tabIndex={-1} className="site-main">
              {children}
            </main>
            <SiteFooter />
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
