import "server-only";
import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";
import { DIGITS_COOKIE, resolveDigits, type Digits } from "./digits";

/** The digits the reader chose for numbers, for this request. */
export async function getDigits(): Promise<Digits> {
  const [locale, jar] = await Promise.all([getLocale(), cookies()]);
  return resolveDigits(locale, jar.get(DIGITS_COOKIE)?.value);
}
