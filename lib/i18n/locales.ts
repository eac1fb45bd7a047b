import { byName } from "./collate";

export const locales = ["en", "km"] as const;
export type Locale = (typeof locales)[number];
const defaultLocale: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Workers read the portal in Khmer unless they chose English. */
const portalLocale: Locale = "km";
/** Set by proxy.ts on every request: the language of the part of the app asked for, before any choice. */
export const DEFAULT_LOCALE_HEADER = "x-default-locale";

const isLocale = (value: string | null | undefined): value is Locale => (locales as readonly string[]).includes(value ?? "");

export function resolveLocale(value: string | undefined, fallback: string | null = defaultLocale): Locale {
  if (isLocale(value)) return value;
  return isLocale(fallback) ? fallback : defaultLocale;
}

/** The language of a path before the reader chooses one. */
export function defaultLocaleFor(pathname: string): Locale {
  return pathname === "/portal" || pathname.startsWith("/portal/") ? portalLocale : defaultLocale;
}

/** Reference data carries both names; show the one of the reader's language. */
export function localName(locale: string, item: { nameEn: string; nameKm: string }): string {
  return locale === "km" ? item.nameKm : item.nameEn;
}

/** Reference data as the options of a list, named and sorted in the reader's language (the database sorts by the English name). */
export function localChoices(locale: string, items: { code: string; nameEn: string; nameKm: string }[]): { value: string; label: string }[] {
  return items.map((item) => ({ value: item.code, label: localName(locale, item) })).toSorted(byName(locale, (choice) => choice.label));
}
