import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { PageIntro } from "@/app/_components/page-intro";
import { appDb } from "@/app/_lib/db";
import { mailCatcherOpen } from "@/app/_lib/env";
import { currentPrincipal } from "@/app/_lib/session";
import { listDevMail } from "@/db/services/auth/list-dev-mail";
import { can } from "@/db/services/authz";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devMail"))("title") };
}

/** The built-in mail catcher: open outside production (or with MAIL_CATCHER=true); admins always. */
export default async function DevMailPage() {
  if (!mailCatcherOpen()) {
    const p = await currentPrincipal();
    if (!p) redirect("/sign-in?next=%2Fdev%2Fmail");
    if (!can(p, "devmail.view")) redirect("/forbidden");
  }
  const t = await getTranslations("devMail");
  const mails = await listDevMail(await appDb());
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      {mails.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      {mails.map((m) => (
        <article key={m.id} className="panel" aria-label={m.subject}>
          <h2>{m.subject}</h2>
          <p className="muted">
            {t("to")} <span className="code">{m.to}</span> · {m.at.toISOString()} ·{" "}
            {t(`state.${m.state}`)}
          </p>
          <div className="mail">{m.text}</div>
        </article>
      ))}
    </div>
  );
}
