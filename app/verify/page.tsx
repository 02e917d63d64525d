import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { Link } from "@/app/_components/ui/link";
import { appDb } from "@/app/_lib/db";
import { verifyEmail } from "@/db/services/auth/verify-email";
import { isServiceError } from "@/db/services/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.verify"))("title") };
}

/**
 * The emailed link lands here. Verifying on GET is deliberate: the token is
 * single-use and long, and following it is the whole act; mail scanners that
 * prefetch links would at worst verify an address they already received.
 */
export default async function VerifyPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const t = await getTranslations("auth.verify");
  const { token = "" } = await searchParams;
  let ok = false;
  try {
    await verifyEmail(await appDb(), token);
    ok = true;
  } catch (error) {
    if (!isServiceError(error)) throw error;
  }
  return (
    <div className="container stack">
      <PageIntro title={t("title")} description={ok ? t("ok") : t("failed")} />
      <p>
        <Link href={ok ? "/sign-in?verified=1" : "/register"}>{ok ? t("signIn") : t("again")}</Link>
      </p>
    </div>
  );
}
