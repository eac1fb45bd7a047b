import { useMemo } from "react";
import { useLocale, useTimeZone } from "next-intl";
import type { Digits } from "./digits";
import { appFormat } from "./format";

/**
 * appFormat for a component rendered on the server: the language and time zone of the request,
 * the digits given. Not for words in client components: browsers' Intl may not know Khmer
 * (Chromium's ICU data has no `km`, and writes English month names), so dates shown by a client
 * component are written on the server and passed down as text.
 */
export function useAppFormat(digits: Digits) {
  const [locale, timeZone] = [useLocale(), useTimeZone()];
  return useMemo(() => appFormat(locale, digits, timeZone), [locale, digits, timeZone]);
}
