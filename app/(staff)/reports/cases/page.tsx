import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { ReportPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getCaseReport, rankAgencies } from "@/lib/data/case-reports";
import { listReportCountries } from "@/lib/data/reports";
import { CASE_REPORT_COLUMNS, caseReportListFilters, type CaseReportValueKind } from "@/lib/case-report-columns";
import { getDigits } from "@/lib/i18n/get-digits";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { localChoices } from "@/lib/i18n/locales";
import { caseReportLabeller } from "@/lib/report-labels";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { EmptyState } from "@/components/ui/card";
import { AgencyRankingTable } from "@/components/reports/agency-ranking-table";
import { CaseReportForm } from "@/components/reports/case-report-form";
import { CaseReportTable } from "@/components/reports/case-report-table";
import { InvalidChoices } from "@/components/reports/invalid-choices";
import { ReportHeader } from "@/components/reports/report-header";
import { ReportsNav } from "@/components/reports/reports-nav";
import { listHref } from "@/components/workers/list-href";
import { unlessInvalid } from "../unless-invalid";
import { CheckedThenStreamed } from "../../checked-then-streamed";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("cases.title") };
}

async function CaseReportPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, locale, digits, format] = await Promise.all([getActor(), searchParams, getTranslations(), getLocale(), getDigits(), getAppFormat()]);
  const { by = "destination", from = "", to = "", destination = "" } = searchParamsToQuery(params);
  const values = { by, from, to, destination };
  const destinations = await forPage(listReportCountries(actor));
  const loaded = await unlessInvalid(Promise.all([getCaseReport(actor, values), rankAgencies(actor, values)]));
  const countries = localChoices(locale, destinations);
  const manage = actor ? can(actor, "publishedFigure.manage") || can(actor, "quota.manage") : false;

  const header = (
    <>
      <ReportsNav current="cases" manage={manage} />
      <h1 className="text-2xl font-semibold">{t("reports.cases.title")}</h1>
      <CaseReportForm values={values} countries={countries} />
    </>
  );
  if (!loaded) {
    return (
      <div className="space-y-6">
        {header}
        <InvalidChoices />
      </div>
    );
  }

  const [report, ranking] = loaded;
  const show = (kind: CaseReportValueKind, value: number | null) => (kind === "tenths" ? format.tenths(value) : kind === "amount" ? format.amount(value ?? 0) : format.count(value ?? 0));
  const href = (key: string | null, measure: (typeof CASE_REPORT_COLUMNS)[number]["measure"]) => {
    const filters = measure && caseReportListFilters(report, key, measure);
    return filters ? listHref("/cases", {}, filters) : null;
  };
  const label = caseReportLabeller(report.by, { t, locale }, destinations);
  const dimension = t(`reports.cases.dimension.${report.by}`);
  const { from: start, to: end } = report.filters;
  const period = start && end ? t("reports.cases.period", { from: format.day(start), to: format.day(end) }) : start ? t("reports.cases.since", { from: format.day(start) }) : end ? t("reports.cases.until", { to: format.day(end) }) : t("reports.cases.allDates");
  const place = report.filters.destination ? (countries.find((c) => c.value === report.filters.destination)?.label ?? report.filters.destination) : t("reports.allDestinations");
  const tableOf = (table: "counts" | "money") => {
    const columns = CASE_REPORT_COLUMNS.filter((column) => column.table === table);
    return {
      columns: columns.map((column) => t(`reports.cases.${column.header}`)),
      rows: report.rows.map((row) => ({ key: row.key, label: label(row), cells: columns.map((column) => ({ text: show(column.kind, column.value(row)), href: href(row.key, column.measure) })) })),
      total: columns.map((column) => ({ text: show(column.kind, column.value(report.total)), href: href(null, column.measure) })),
    };
  };

  return (
    <div className="space-y-6">
      {header}
      <ReportHeader asOf={report.asOf} exportPath="/reports/export/cases" query={values} digits={digits} />
      {report.total.cases === 0 ? (
        <EmptyState title={t("reports.cases.empty")} />
      ) : (
        <>
          <section aria-labelledby="case-counts" className="space-y-3">
            <h2 id="case-counts" className="text-xl font-semibold">
              {t("reports.cases.countsTitle")}
            </h2>
            <CaseReportTable testId="case-counts-table" caption={t("reports.cases.countsCaption", { dimension, destination: place, period })} dimension={dimension} {...tableOf("counts")} />
          </section>
          <section aria-labelledby="case-money" className="space-y-3">
            <h2 id="case-money" className="text-xl font-semibold">
              {t("reports.cases.moneyTitle")}
            </h2>
            <CaseReportTable testId="case-money-table" caption={t("reports.cases.moneyCaption", { dimension, destination: place, period })} dimension={dimension} {...tableOf("money")} />
          </section>
          <p className="text-sm text-muted-foreground">{t("reports.cases.note")}</p>
          <section aria-labelledby="agency-ranking" className="space-y-3">
            <h2 id="agency-ranking" className="text-xl font-semibold">
              {t("reports.cases.ranking.title")}
            </h2>
            {ranking.length === 0 ? (
              <EmptyState title={t("reports.cases.ranking.empty")} />
            ) : (
              <AgencyRankingTable
                rows={ranking.map((row) => ({
                  id: row.id,
                  name: row.name,
                  cases: format.count(row.cases),
                  casesHref: listHref("/cases", {}, caseReportListFilters({ ...report, by: "agency" }, row.id, "cases") ?? {}),
                  workersSent: row.workersSent === null ? t("reports.cases.ranking.unknown") : format.count(row.workersSent),
                  per1000: format.tenths(row.per1000),
                }))}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}

export default function CaseReportPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <CheckedThenStreamed action="case.report" fallback={<ReportPageSkeleton />}>
      <CaseReportPageContent {...props} />
    </CheckedThenStreamed>
  );
}
