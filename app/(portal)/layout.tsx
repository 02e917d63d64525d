import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PortalNav } from "@/app/_components/portal/portal-nav";
import "./portal.css";

/** The citizen portal: its own short menu above every page. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("portal.nav");
  return (
    <>
      <PortalNav
        label={t("catalogue")}
        items={[
          { href: "/", label: t("catalogue") },
          { href: "/ho-so-cua-toi", label: t("mine") },
          { href: "/tra-cuu", label: t("track") },
        ]}
      />
      {children}
    </>
  );
}
