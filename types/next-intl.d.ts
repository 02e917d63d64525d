import type messages from "../messages/vi.json";
import type studioMessages from "../messages/studio/vi.json";
import type inboxMessages from "../messages/inbox/vi.json";
import type portalMessages from "../messages/portal/vi.json";
import type { Locale } from "../i18n/locales";

// Typed message keys and locales: a missing or misspelt key fails `tsc`.
// The studio's own catalogue is merged under `studio` by i18n/request.ts.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages & {
      studio: typeof studioMessages;
      inbox: typeof messages.inbox & typeof inboxMessages;
      portal: typeof messages.portal & typeof portalMessages;
    };
  }
}
