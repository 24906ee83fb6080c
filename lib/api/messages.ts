// The field messages of the public API, in the language the client prefers. Kept with the portal's
// other texts (lib/i18n/messages/api.*.json) and read directly: a route handler needs no
// next-intl request context for them.
import en from "@/lib/i18n/messages/api.en.json";
import vi from "@/lib/i18n/messages/api.vi.json";
import type { TApiLanguage } from "@/lib/http/accept-language";

export type TApiMessageKey = keyof typeof vi.ApiErrors;

const TEXTS: Record<TApiLanguage, Record<TApiMessageKey, string>> = { vi: vi.ApiErrors, en: en.ApiErrors satisfies typeof vi.ApiErrors };

const KEY_PREFIX = "api:";

/**
 * A schema's own message, as a key translated when the error is answered: zod lets a schema's
 * message win over the per-request error map, so the schema cannot know the language itself.
 */
export function messageKey(key: TApiMessageKey): string {
  return `${KEY_PREFIX}${key}`;
}

export function apiMessage(language: TApiLanguage, key: TApiMessageKey, values: Record<string, string | number> = {}): string {
  return TEXTS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The message for a key made by messageKey(), or the text itself when it is not one. */
export function translateMessage(language: TApiLanguage, message: string): string {
  if (!message.startsWith(KEY_PREFIX)) return message;
  const key = message.slice(KEY_PREFIX.length);
  return Object.hasOwn(TEXTS[language], key) ? apiMessage(language, key as TApiMessageKey) : message;
}
