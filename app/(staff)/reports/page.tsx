import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { ReportPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listQuotas } from "@/lib/data/quotas";
import { getDestinationReport } from "@/lib/data/reports";
import { getDigits } from "@/lib/i18n/get-digits";
import { localName } from "@/lib/i18n/locales";
import { comparedRegistered } from "@/lib/reports-math";
import { QuotaYear } from "@/lib/schemas/report-pages";
import { deploymentsHref, registeredHref, sourceRegisteredHref } from "@/components/reports/drill-down";
import { QuotaTable } from "@/components/reports/quota-table";
import { ReconciliationTable } from "@/components/reports/reconciliation-table";
import { ReportHeader } from "@/components/reports/report-header";
import { ReportsNav } from "@/components/reports/reports-nav";
import { YearForm } from "@/components/reports/year-form";
import { CheckedThenStreamed } from "../checked-then-streamed";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("destinations.title") };
}

async function ReportsPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, locale, digits] = await Promise.all([getActor(), searchParams, getTranslations("reports"), getLocale(), getDigits()]);
  const year = QuotaYear.parse(params.year);
  const [report, quotas] = await forPage(Promise.all([getDestinationReport(actor), listQuotas(actor, year)]));
  const manage = actor ? can(actor, "publishedFigure.manage") || can(actor, "quota.manage") : false;

  return (
    <div className="space-y-6">
      <ReportsNav current="destinations" manage={manage} />
      <section aria-labelledby="destinations-title" className="space-y-3">
        <h1 id="destinations-title" className="text-2xl font-semibold">
          {t("destinations.title")}
        </h1>
        <ReportHeader asOf={report.asOf} exportPath="/reports/export/destinations" query={{}} digits={digits} />
        <ReconciliationTable
          caption={t("destinations.caption")}
          digits={digits}
          rows={report.rows.map((row) => ({
            country: row.country,
            name: localName(locale, row),
            registered: row.registered,
            registeredHref: registeredHref(row.country),
            figures: row.published,
          }))}
          totals={
            report.total.published.length
              ? report.total.published.map((figure) => ({ registered: comparedRegistered(figure.workers, figure.gap), registeredHref: sourceRegisteredHref(report.rows, figure.sourceId), figure }))
              : [{ registered: report.total.registered, registeredHref: registeredHref(null), figure: null }]
          }
        />
        <p className="text-sm text-muted-foreground">{t("destinations.note")}</p>
      </section>

      <section aria-labelledby="quotas-title" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="quotas-title" className="text-xl font-semibold">
            {t("quotas.title")}
          </h2>
          <YearForm year={year} />
        </div>
        <QuotaTable
          year={year}
          digits={digits}
          rows={quotas.map((row) => ({
            country: row.country,
            name: localName(locale, row),
            quota: row.quota?.workers ?? null,
            deployed: row.deployed,
            deployedHref: deploymentsHref(row.country, `${year}-01`, `${year}-12`),
            utilisation: row.utilisation,
          }))}
        />
        <p className="text-sm text-muted-foreground">{t("quotas.note")}</p>
      </section>
    </div>
  );
}

export default function ReportsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <CheckedThenStreamed action="report.read" fallback={<ReportPageSkeleton />}>
      <ReportsPageContent {...props} />
    </CheckedThenStreamed>
  );
}
