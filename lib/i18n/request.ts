import { cookies, headers } from "next/headers";
import { IntlErrorCode } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { DEFAULT_LOCALE_HEADER, LOCALE_COOKIE, resolveLocale } from "./locales";

// No locale in the URL: staff and workers choose a language once and the cookie remembers it;
// until then staff pages are in English and the workers' portal in Khmer. A page may also ask
// for a language explicitly (getTranslations({ locale })), as the bilingual access slip does.
export default getRequestConfig(async ({ locale: requested }) => {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(requested, resolveLocale(jar.get(LOCALE_COOKIE)?.value, requestHeaders.get(DEFAULT_LOCALE_HEADER)));
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // A key missing from the catalogue would show as its bare name, which reads as a word often
    // enough to pass a test unnoticed; outside production it fails the page instead.
    onError(error) {
      if (error.code === IntlErrorCode.MISSING_MESSAGE && env.APP_ENV !== "production") throw error;
      log("error", "translation failed", { code: error.code, detail: error.message });
    },
  };
});
