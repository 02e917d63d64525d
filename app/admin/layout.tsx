import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireRoute } from "@/app/_lib/session";
import { AdminNav } from "./admin-nav";

/** Every /admin page is for administrators only, checked here on the server (and again in each verb). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRoute("/admin");
  const t = await getTranslations("adminArea");
  return (
    <div className="container stack">
      <nav aria-label={t("nav")} className="admin-nav">
        <AdminNav />
      </nav>
      {children}
    </div>
  );
}
