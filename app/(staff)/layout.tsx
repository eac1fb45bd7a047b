import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { homePath } from "@/lib/auth/home";
import { can, pendingStep } from "@/lib/auth/permissions";
import { DigitsSwitch } from "@/components/digits-switch";
import { LocaleSwitch } from "@/components/locale-switch";
import { getDigits } from "@/lib/i18n/get-digits";
import { SignOutButton } from "@/components/sign-out-button";
import { ThemeSwitch } from "@/components/theme-switch";

/** The staff shell. The redirect is a comfort; every page's data function checks again. */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  // A comfort: with a temporary password or no second factor yet, every data function refuses anyway.
  if (pendingStep(actor)) redirect(homePath(actor));
  const [t, locale, digits] = await Promise.all([getTranslations(), getLocale(), getDigits()]);
  const links = [
    { href: "/", label: t("nav.home") },
    can(actor, "worker.read") && { href: "/workers", label: t("nav.workers") },
    can(actor, "worker.create") && { href: "/workers/new", label: t("nav.newWorker") },
    can(actor, "course.read") && { href: "/courses", label: t("nav.courses") },
    // Those who follow courses only through their numbers (the ministry) go straight to them.
    !can(actor, "course.read") && can(actor, "course.statistics") && { href: "/courses/statistics", label: t("nav.courseStatistics") },
    can(actor, "case.read") && { href: "/cases", label: t("nav.cases") },
    can(actor, "report.read") && { href: "/reports", label: t("nav.reports") },
    can(actor, "worker.import") && { href: "/imports", label: t("nav.imports") },
    can(actor, "user.read") && { href: "/admin/users", label: t("nav.accounts") },
    can(actor, "post.read") && { href: "/admin", label: t("nav.posts") },
    can(actor, "agency.manage") && { href: "/admin/agencies", label: t("nav.agencies") },
    can(actor, "caseSettings.manage") && { href: "/admin/case-settings", label: t("nav.caseSettings") },
    can(actor, "apiToken.manage") && { href: "/admin/tokens", label: t("nav.tokens") },
  ].filter((link): link is { href: string; label: string } => Boolean(link));

  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only rounded-md bg-card px-3 py-2 text-sm font-medium text-link focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
        {t("nav.skipToContent")}
      </a>
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-semibold text-link">
            {t("app.name")}
          </Link>
          <nav aria-label={t("nav.main")} className="flex flex-wrap gap-4 text-sm">
            {links.map((link) => (
              <Link key={link.href} href={link.href} className="text-foreground hover:text-link hover:underline">
                {link.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className="text-muted-foreground" data-testid="signed-in-as">
              {actor.name} · {t(`enums.role.${actor.role}`)}
              {actor.postName ? ` · ${actor.postName}` : ""}
            </span>
            <Link href="/account/two-factor" className="text-foreground hover:text-link hover:underline">
              {t("nav.twoFactor")}
            </Link>
            <LocaleSwitch />
            {locale === "km" && <DigitsSwitch digits={digits} />}
            <ThemeSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">{children}</main>
    </div>
  );
}
