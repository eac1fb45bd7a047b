import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/set-locale";
import { locales } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";

const names = { en: "English", km: "ខ្មែរ" } as const;

/** A plain form per language, so it works before JavaScript loads; the cookie remembers the choice. */
export async function LocaleSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t("language")}>
      {locales.map((code) => (
        <Button key={code} type="submit" name="locale" value={code} lang={code} aria-pressed={code === locale} variant="toggle" size="sm" className="px-2">
          {names[code]}
        </Button>
      ))}
    </form>
  );
}
