import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { signOutAction, signOutEverywhereAction } from "@/app/_lib/account-actions";
import { currentPrincipal } from "@/app/_lib/session";

/** The header's account corner: who is signed in and the sign-out buttons, or a sign-in link. */
export async function AccountMenu() {
  const t = await getTranslations("auth.menu");
  const p = await currentPrincipal();
  if (!p)
    return (
      <div className="account-menu">
        <NextLink href="/sign-in">{t("signIn")}</NextLink>
      </div>
    );
  return (
    <div className="account-menu">
      <span>
        {t("signedInAs")} <strong data-testid="account-name">{p.name}</strong>
      </span>
      <form action={signOutAction}>
        <button type="submit" className="button button--on-dark">
          {t("signOut")}
        </button>
      </form>
      <form action={signOutEverywhereAction}>
        <button type="submit" className="button button--on-dark">
          {t("signOutEverywhere")}
        </button>
      </form>
    </div>
  );
}
