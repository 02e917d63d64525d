import type messages from "../messages/vi.json";
import type { Locale } from "../i18n/locales";

// Typed message keys and locales: a missing or misspelt key fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
