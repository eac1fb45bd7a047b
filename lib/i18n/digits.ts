/** Khmer readers may prefer Khmer digits (០១២…); the choice is kept in a cookie, like the language. */
export const DIGITS_COOKIE = "NUMERALS";
export type Digits = "latn" | "khmr";

/** Khmer digits only make sense on Khmer pages; elsewhere the cookie is ignored. */
export function resolveDigits(locale: string, cookie: string | undefined): Digits {
  return locale === "km" && cookie === "khmr" ? "khmr" : "latn";
}
