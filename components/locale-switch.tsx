import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/set-locale";
import { locales } from "@/lib/i18n/locales";
import { cn } from "@/lib/cn";

const names = { en: "English", km: "ខ្មែរ" } as const;

/** A plain form per language, so it works before JavaScript loads; the cookie remembers the choice. */
export async function LocaleSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t("language")}>
      {locales.map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          aria-pressed={code === locale}
          className={cn(
            "rounded px-2 py-1 text-sm",
            code === locale ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-200",
          )}
        >
          {names[code]}
        </button>
      ))}
    </form>
  );
}
