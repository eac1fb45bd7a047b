export const locales = ["en", "km"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function resolveLocale(value: string | undefined): Locale {
  return (locales as readonly string[]).includes(value ?? "") ? (value as Locale) : defaultLocale;
}

/** Reference data carries both names; show the one of the reader's language. */
export function localName(locale: string, item: { nameEn: string; nameKm: string }): string {
  return locale === "km" ? item.nameKm : item.nameEn;
}
