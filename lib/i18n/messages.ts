// Both catalogues must have the same keys: each `satisfies` below fails to compile when a key is
// missing from one language.
import en from "./messages/en.json";
import vi from "./messages/vi.json";
import type { TLocale } from "./config";

export type TMessages = typeof vi;

export const MESSAGES: Record<TLocale, TMessages> = {
  vi: vi satisfies typeof en,
  en: en satisfies typeof vi,
};
