import Link from "next/link";
import { useTranslations } from "next-intl";
import { TabLinks } from "@/components/ui/tab-links";

export type ReportPage = "destinations" | "breakdown" | "monthly";

const pages: { page: ReportPage; href: string }[] = [
  { page: "destinations", href: "/reports" },
  { page: "breakdown", href: "/reports/breakdown" },
  { page: "monthly", href: "/reports/monthly" },
];

/** The reports side by side; ministry staff also reach the published figures and quotas they keep. */
export function ReportsNav({ current, manage }: { current: ReportPage; manage: boolean }) {
  const t = useTranslations("reports.nav");
  return (
    <TabLinks label={t("label")} tabs={pages.map(({ page, href }) => ({ href, label: t(page), current: page === current }))}>
      {manage && (
        <>
          <Link href="/reports/published" className="rounded-md px-3 py-1.5 text-sm text-link hover:bg-accent">
            {t("published")}
          </Link>
          <Link href="/reports/quotas" className="rounded-md px-3 py-1.5 text-sm text-link hover:bg-accent">
            {t("quotas")}
          </Link>
        </>
      )}
    </TabLinks>
  );
}
