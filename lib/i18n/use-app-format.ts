import { useMemo } from "react";
import { useLocale, useTimeZone } from "next-intl";
import type { Digits } from "./digits";
import { appFormat } from "./format";

/** appFormat for a component (server or client): the language and time zone of the request, the digits given. */
export function useAppFormat(digits: Digits) {
  const [locale, timeZone] = [useLocale(), useTimeZone()];
  return useMemo(() => appFormat(locale, digits, timeZone), [locale, digits, timeZone]);
}
