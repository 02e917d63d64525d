import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/app/_components/area-page";
import { PageIntro } from "@/app/_components/page-intro";
import { appDb } from "@/app/_lib/db";
import { requireRoute } from "@/app/_lib/session";
import { myUnits } from "@/db/services/auth/my-units";

const KNOWN_ROLES = ["reception", "specialist", "leader", "clerk"] as const;
const isKnownRole = (r: string): r is (typeof KNOWN_ROLES)[number] =>
  (KNOWN_ROLES as readonly string[]).includes(r);

export const generateMetadata = () => areaMetadata("inbox");

/**
 * An official's inbox. For now it shows the units and role codes the
 * official works in (the task list arrives with the inbox issue); it lists
 * only the caller's own memberships, read on the server.
 */
export default async function InboxPage() {
  const actor = await requireRoute("/inbox");
  const t = await getTranslations("inbox");
  const units = await myUnits(await appDb(), actor);
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      <section className="panel" aria-labelledby="my-units">
        <h2 id="my-units">{t("myUnits")}</h2>
        <ul>
          {units.map((u) => (
            <li key={`${u.code}-${u.substituteFor ?? ""}`} data-testid="my-unit">
              <span className="code">{u.code}</span> — {u.name}:{" "}
              {u.roles.map((r) => (isKnownRole(r) ? t(`roles.${r}`) : r)).join(", ")}
              {u.substituteFor ? ` (${t("acting", { name: u.substituteFor })})` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
