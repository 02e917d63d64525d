import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { PageIntro } from "@/app/_components/page-intro";
import { Link } from "@/app/_components/ui/link";
import { appEnv } from "@/app/_lib/env";
import { currentPrincipal } from "@/app/_lib/session";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; verified?: string }>;
}) {
  const { next, verified } = await searchParams;
  if (await currentPrincipal())
    redirect(next?.startsWith("/") && !next.startsWith("//") ? next : "/");
  const t = await getTranslations("auth.signIn");
  const env = appEnv();
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={t("description")} />
      {verified ? (
        <p role="status" className="alert">
          {t("verified")}
        </p>
      ) : null}
      <SignInForm
        next={next}
        oidcName={env.OIDC_ISSUER ? (env.OIDC_NAME ?? "OpenID Connect") : undefined}
      />
      <p>
        {t("noAccount")} <Link href="/register">{t("register")}</Link>
      </p>
    </div>
  );
}
