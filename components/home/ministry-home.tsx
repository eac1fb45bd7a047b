import { useLocale, useTranslations } from "next-intl";
import type { ReconciliationHomeData } from "@/lib/data/home";
import type { Digits } from "@/lib/i18n/digits";
import { localName } from "@/lib/i18n/locales";
import { Card, EmptyState } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { stacked, Table, Td, Th } from "@/components/ui/table";
import { CountLink, numberCell } from "@/components/reports/count-link";
import { registeredHref } from "@/components/reports/drill-down";
import { useAppFormat } from "@/lib/i18n/use-app-format";
import { HomeSection } from "./stat-tile";

/**
 * The ministry's home page: where the register and each destination's reference figure differ
 * most, each figure with the source it comes from, and all destinations against theirs together.
 */
export function MinistryHome({ home, digits }: { home: ReconciliationHomeData; digits: Digits }) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useAppFormat(digits);
  const { lines, reference } = home;
  const columns = {
    destination: t("home.ministry.destination"),
    registered: t("home.ministry.registered"),
    published: t("home.ministry.published"),
    source: t("home.ministry.source"),
    gap: t("home.ministry.gap"),
    coverage: t("home.ministry.coverage"),
  };

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("home.title")}</h1>
        <p className="text-sm text-muted-foreground">{t("reports.asOf", { moment: format.moment(home.asOf) })}</p>
      </div>

      <HomeSection id="gaps-title" title={t("home.ministry.gapsTitle")} more={{ href: "/reports", label: t("home.ministry.fullReport") }}>
        {lines.length === 0 ? (
          <EmptyState title={t("home.ministry.noDestinations")} />
        ) : (
          <Table className={stacked.table} data-testid="reconciliation-gaps">
            <caption className="sr-only">{t("home.ministry.gapsCaption")}</caption>
            <thead>
              <tr>
                <Th>{columns.destination}</Th>
                <Th className="text-right">{columns.registered}</Th>
                <Th className="text-right">{columns.published}</Th>
                <Th className="text-right">{columns.gap}</Th>
                <Th className="text-right">{columns.coverage}</Th>
                <Th>{columns.source}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {lines.map((line) => (
                <tr key={line.country} className={stacked.row} data-testid={`gap-${line.country}`}>
                  <Td className={`${stacked.cell} font-medium`} data-label={columns.destination}>
                    {localName(locale, line)}
                  </Td>
                  <Td className={`${stacked.cell} ${numberCell} max-sm:text-left`} data-label={columns.registered}>
                    <CountLink text={format.count(line.registered)} href={registeredHref(line.country)} />
                  </Td>
                  <Td className={`${stacked.cell} ${numberCell} max-sm:text-left`} data-label={columns.published}>
                    {line.reference ? format.count(line.reference.workers) : "—"}
                  </Td>
                  <Td className={`${stacked.cell} ${numberCell} max-sm:text-left`} data-label={columns.gap}>
                    {line.reference ? format.gap(line.reference.gap) : "—"}
                  </Td>
                  <Td className={`${stacked.cell} ${numberCell} max-sm:text-left`} data-label={columns.coverage}>
                    {line.reference ? format.percent(line.reference.coverage) : "—"}
                  </Td>
                  <Td className={stacked.cell} data-label={columns.source}>
                    {line.reference ? (
                      <>
                        {line.reference.title} ({format.day(line.reference.asOf)})
                        <div className="text-xs text-muted-foreground">{t(`reports.reference.basis.${line.reference.basis}`)}</div>
                      </>
                    ) : (
                      t("reports.reference.none")
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </HomeSection>

      <HomeSection id="published-title" title={t("home.ministry.referenceTitle")} more={{ href: "/reports/published", label: t("home.ministry.allSources") }}>
        {reference ? (
          <Card data-testid="reference-total">
            <Facts
              items={[
                [t("home.ministry.referenceSources"), reference.sources.map((source) => source.title).join("; ")],
                [t("home.ministry.referenceDestinations"), format.count(reference.countries.length)],
                [t("home.ministry.publishedWorkers"), format.count(reference.workers)],
                [t("home.ministry.registeredWorkers"), format.count(reference.registered)],
                [t("home.ministry.gap"), format.gap(reference.gap)],
                [t("home.ministry.coverage"), format.percent(reference.coverage)],
              ]}
            />
          </Card>
        ) : (
          <EmptyState title={t("home.ministry.noPublished")} />
        )}
      </HomeSection>
    </div>
  );
}
