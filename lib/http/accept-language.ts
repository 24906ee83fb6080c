// The language of the public API's messages: Vietnamese unless the client's Accept-Language
// (RFC 9110 §12.5.4) prefers English. Bodies of successful answers carry both languages, so only
// error messages depend on it.
export type TApiLanguage = "vi" | "en";

type Preference = { language: TApiLanguage; weight: number };

function parseRange(range: string): Preference | null {
  const [tag = "", ...parameters] = range.trim().split(";");
  const primary = tag.trim().toLowerCase().split("-")[0];
  if (primary !== "vi" && primary !== "en") return null;
  const q = parameters.map((parameter) => parameter.trim().match(/^q=([01](?:\.\d{0,3})?)$/i)).find(Boolean);
  const weight = q ? Number(q[1]) : 1;
  return weight > 0 ? { language: primary, weight } : null;
}

/** English only when the client ranks it above Vietnamese; ties and anything else give Vietnamese. */
export function preferredLanguage(header: string | null | undefined): TApiLanguage {
  if (!header) return "vi";
  const preferences = header
    .slice(0, 500)
    .split(",")
    .map((range) => parseRange(range))
    .filter((preference): preference is Preference => preference !== null);
  const best = (language: TApiLanguage) => Math.max(0, ...preferences.filter((item) => item.language === language).map((item) => item.weight));
  return best("en") > best("vi") ? "en" : "vi";
}
