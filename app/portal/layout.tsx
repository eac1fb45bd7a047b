import { getLocale, getTranslations } from "next-intl/server";
import { DigitsSwitch } from "@/components/digits-switch";
import { LocaleSwitch } from "@/components/locale-switch";
import { getDigits } from "@/lib/i18n/get-digits";
import { Button } from "@/components/ui/button";
import { ThemeSwitch } from "@/components/theme-switch";
import { getPortalActor } from "@/lib/auth/portal-actor";
import { signOutOfPortalAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("portal");
  return { title: t("name") };
}

/** The workers' shell: narrow, for a phone, with the language one tap away. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const [worker, t, locale, digits] = await Promise.all([getPortalActor(), getTranslations("portal"), getLocale(), getDigits()]);
  return (
    <div className="min-h-screen">
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold text-link">{t("name")}</p>
          <div className="flex flex-wrap items-center gap-2">
            <LocaleSwitch />
            {locale === "km" && <DigitsSwitch digits={digits} />}
            <ThemeSwitch />
            {worker && (
              <form action={signOutOfPortalAction}>
                <Button type="submit" variant="ghost">
                  {t("home.signOut")}
                </Button>
              </form>
            )}
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-xl px-4 py-6">{children}</main>
    </div>
  );
}
