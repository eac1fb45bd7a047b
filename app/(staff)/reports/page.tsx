import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { ReportPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listQuotas } from "@/lib/data/quotas";
import { getDestinationReport } from "@/lib/data/reports";
import { getDigits } from "@/lib/i18n/get-digits";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { localName } from "@/lib/i18n/locales";
import { comparedRegistered, pickReference } from "@/lib/reports-math";
import { QuotaYear } from "@/lib/schemas/report-pages";
import { coveredRegisteredHref, deploymentsHref, registeredHref, sourceRegisteredHref } from "@/components/reports/drill-down";
import { ReferenceForm } from "@/components/reports/reference-form";
import { QuotaTable } from "@/components/reports/quota-table";
import { ReconciliationTable } from "@/components/reports/reconciliation-table";
import { ReportHeader } from "@/components/reports/report-header";
import { ReportsNav } from "@/components/reports/reports-nav";
import { YearForm } from "@/components/reports/year-form";
import { CheckedThenStreamed } from "../checked-then-streamed";
import { setReferenceSourceAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("destinations.title") };
}

async function ReportsPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, locale, digits, format] = await Promise.all([getActor(), searchParams, getTranslations("reports"), getLocale(), getDigits(), getAppFormat()]);
  const year = QuotaYear.parse(params.year);
  const [report, quotas] = await forPage(Promise.all([getDestinationReport(actor), listQuotas(actor, year)]));
  const manage = actor ? can(actor, "publishedFigure.manage") || can(actor, "quota.manage") : false;
  const chooseReferences = actor ? can(actor, "publishedFigure.manage") : false;
  const nameOf = (code: string) => {
    const row = report.rows.find((r) => r.country === code);
    return row ? localName(locale, row) : code;
  };
  const { reference } = report.total;

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
            reference: row.reference,
            comparisons: row.published.filter((figure) => figure.sourceId !== row.reference?.sourceId),
          }))}
          totals={[
            reference
              ? {
                  key: "reference",
                  label: t("reference.total", { count: reference.countries.length, all: report.rows.length }),
                  registered: reference.registered,
                  registeredHref: coveredRegisteredHref(report.rows, reference.countries),
                  figure: { sourceId: "reference", title: reference.sources.map((source) => source.title).join("; "), asOf: null, workers: reference.workers, gap: reference.gap, coverage: reference.coverage },
                }
              : { key: "reference", label: t("allDestinations"), registered: report.total.registered, registeredHref: registeredHref(null), figure: null },
            ...report.total.published.map((figure) => ({
              key: figure.sourceId,
              label: t("reference.sourceTotal", { countries: figure.countries.map(nameOf).join(", ") }),
              registered: comparedRegistered(figure.workers, figure.gap),
              registeredHref: sourceRegisteredHref(report.rows, figure.sourceId),
              figure,
            })),
          ]}
        />
        <p className="text-sm text-muted-foreground">{t("destinations.note")}</p>
      </section>

      {chooseReferences && report.rows.length > 0 && (
        <section aria-labelledby="reference-title" className="space-y-3">
          <h2 id="reference-title" className="text-xl font-semibold">
            {t("reference.chooseTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("reference.chooseIntro")}</p>
          <div className="grid gap-4 lg:grid-cols-2" data-testid="reference-forms">
            {report.rows.map((row) => (
              <ReferenceForm
                key={row.country}
                action={setReferenceSourceAction}
                countryCode={row.country}
                countryName={localName(locale, row)}
                chosen={row.reference?.basis === "chosen" ? row.reference.sourceId : null}
                defaultTitle={pickReference(row.published, null)?.title ?? null}
                sources={row.published.map((figure) => ({ sourceId: figure.sourceId, label: `${figure.title} (${format.count(figure.workers)})` }))}
              />
            ))}
          </div>
        </section>
      )}

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
