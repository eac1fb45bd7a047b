import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

export type ReportPage = "destinations" | "breakdown" | "monthly";

const pages: { page: ReportPage; href: string }[] = [
  { page: "destinations", href: "/reports" },
  { page: "breakdown", href: "/reports/breakdown" },
  { page: "monthly", href: "/reports/monthly" },
];

/** The reports side by side; ministry staff also reach the published figures and quotas they keep. */
export function ReportsNav({ current, manage }: { current: ReportPage; manage: boolean }) {
  const t = useTranslations("reports.nav");
  const link = "rounded-md px-3 py-1.5 text-sm hover:bg-accent";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2">
      {pages.map(({ page, href }) => (
        <Link key={page} href={href} aria-current={page === current ? "page" : undefined} className={cn(link, page === current ? "bg-foreground text-background hover:bg-foreground" : "text-muted-foreground")}>
          {t(page)}
        </Link>
      ))}
      {manage && (
        <>
          <Link href="/reports/published" className={cn(link, "text-link")}>
            {t("published")}
          </Link>
          <Link href="/reports/quotas" className={cn(link, "text-link")}>
            {t("quotas")}
          </Link>
        </>
      )}
    </nav>
  );
}
