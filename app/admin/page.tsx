import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/app/_components/area-page";
import { PageIntro } from "@/app/_components/page-intro";
import { Link } from "@/app/_components/ui/link";

export const generateMetadata = () => areaMetadata("admin");

/** The administration overview: what each section is for. */
export default async function AdminPage() {
  const t = await getTranslations("admin");
  const s = await getTranslations("adminArea");
  return (
    <>
      <PageIntro title={t("title")} description={t("description")} />
      <ul className="stack">
        {(["units", "users", "calendar", "audit", "tokens"] as const).map((key) => (
          <li key={key}>
            <Link href={`/admin/${key}`}>{s(`sections.${key}`)}</Link> — {s(`about.${key}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
