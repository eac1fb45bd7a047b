import { useTranslations } from "next-intl";
import { TabLinks } from "@/components/ui/tab-links";

export type ReportPage = "destinations" | "breakdown" | "monthly" | "cases";

const pages: { page: ReportPage; href: string }[] = [
  { page: "destinations", href: "/reports" },
  { page: "breakdown", href: "/reports/breakdown" },
  { page: "monthly", href: "/reports/monthly" },
  // Every role that reads reports also reads the case report of its scope (officers their post's).
  { page: "cases", href: "/reports/cases" },
];

/** The reports side by side; ministry staff also reach the published figures, quotas and currency rates they keep. */
export function ReportsNav({ current, manage }: { current: ReportPage; manage: boolean }) {
  const t = useTranslations("reports.nav");
  const reports = pages.map(({ page, href }) => ({ href, label: t(page), current: page === current }));
  const kept = manage
    ? [
        { href: "/reports/published", label: t("published") },
        { href: "/reports/quotas", label: t("quotas") },
        { href: "/reports/currency-rates", label: t("currencyRates") },
      ]
    : [];
  return <TabLinks label={t("label")} tabs={[...reports, ...kept]} />;
}
