// Typed message keys: a wrong key in t("...") is a compile error.
import type { TLocale } from "./config";
import type { TMessages } from "./messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: TMessages;
  }
}
