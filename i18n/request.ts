import { cookies } from "next/headers";
import type { Messages } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookie, timeZone } from "./locales";

export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  const [base, studio, inbox, portal] = await Promise.all([
    import(`../messages/${locale}.json`) as Promise<{ default: Messages }>,
    // The studio keeps its own catalogue (messages/studio/), merged under `studio`.
    import(`../messages/studio/${locale}.json`) as Promise<{ default: Messages["studio"] }>,
    // Likewise the officials' inbox (messages/inbox/), merged under `inbox`.
    import(`../messages/inbox/${locale}.json`) as Promise<{ default: Messages["inbox"] }>,
    // And the citizen portal (messages/portal/), merged under `portal`.
    import(`../messages/portal/${locale}.json`) as Promise<{ default: Messages["portal"] }>,
  ]);
  const messages = {
    ...base.default,
    studio: { ...base.default.studio, ...studio.default },
    inbox: { ...base.default.inbox, ...inbox.default },
    portal: { ...base.default.portal, ...portal.default },
  };
  return { locale, messages, timeZone };
});
