import "server-only";
import { getLocale, getTimeZone } from "next-intl/server";
import { appFormat } from "./format";
import { getDigits } from "./get-digits";

/** appFormat for a server page or route: the reader's language, digits and time zone. */
export async function getAppFormat() {
  const [locale, digits, timeZone] = await Promise.all([getLocale(), getDigits(), getTimeZone()]);
  return appFormat(locale, digits, timeZone);
}
