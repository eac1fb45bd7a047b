import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { ReportPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listProvinces } from "@/lib/data/reference";
import { getBreakdown, listReportCountries } from "@/lib/data/reports";
import { getDigits } from "@/lib/i18n/get-digits";
import { localChoices } from "@/lib/i18n/locales";
import { breakdownLabeller } from "@/lib/report-labels";
import { shareOf } from "@/lib/reports-math";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { EmptyState } from "@/components/ui/card";
import { BreakdownChart } from "@/components/reports/breakdown-chart";
import { BreakdownForm } from "@/components/reports/breakdown-form";
import { BreakdownTable } from "@/components/reports/breakdown-table";
import { breakdownHref } from "@/components/reports/drill-down";
import { InvalidChoices } from "@/components/reports/invalid-choices";
import { ReportHeader } from "@/components/reports/report-header";
import { ReportsNav } from "@/components/reports/reports-nav";
import { unlessInvalid } from "../unless-invalid";
import { CheckedThenStreamed } from "../../checked-then-streamed";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("breakdown.title") };
}

async function BreakdownPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, locale, digits] = await Promise.all([getActor(), searchParams, getTranslations(), getLocale(), getDigits()]);
  const { by = "sector", country = "", status = "" } = searchParamsToQuery(params);
  const query = { by, country, status };
  const [destinations, provinces] = await forPage(Promise.all([listReportCountries(actor), listProvinces()]));
  const breakdown = await unlessInvalid(getBreakdown(actor, query));
  const countries = localChoices(locale, destinations);
  const manage = actor ? can(actor, "publishedFigure.manage") || can(actor, "quota.manage") : false;

  const header = (
    <>
      <ReportsNav current="breakdown" manage={manage} />
      <h1 className="text-2xl font-semibold">{t("reports.breakdown.title")}</h1>
      <BreakdownForm values={query} countries={countries} />
    </>
  );
  if (!breakdown) {
    return (
      <div className="space-y-6">
        {header}
        <InvalidChoices />
      </div>
    );
  }

  const scope = { country: breakdown.country, status: breakdown.status };
  const label = breakdownLabeller(breakdown.by, { t, locale }, provinces);
  const dimension = t(`reports.dimension.${breakdown.by}`);
  const caption = t("reports.breakdown.caption", {
    dimension,
    country: breakdown.country ? (countries.find((c) => c.value === breakdown.country)?.label ?? breakdown.country) : t("reports.allDestinations"),
    status: breakdown.status ? t(`enums.status.${breakdown.status}`) : t("reports.allStatuses"),
  });
  const rows = breakdown.rows.map((row) => ({
    key: row.key,
    label: label(row.key),
    workers: row.workers,
    share: shareOf(row.workers, breakdown.total),
    href: breakdownHref(breakdown.by, row.key, scope),
  }));

  return (
    <div className="space-y-6">
      {header}
      <ReportHeader asOf={breakdown.asOf} exportPath="/reports/export/breakdown" query={{ by: breakdown.by, ...scope }} digits={digits} />
      {rows.length === 0 ? (
        <EmptyState title={t("reports.noWorkers")} />
      ) : (
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <BreakdownChart label={caption} data={rows.map((row) => ({ label: row.label, workers: row.workers }))} digits={digits} />
          <BreakdownTable caption={caption} dimension={dimension} rows={rows} total={{ workers: breakdown.total, href: breakdownHref(breakdown.by, null, scope) }} digits={digits} />
        </div>
      )}
    </div>
  );
}

export default function BreakdownPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <CheckedThenStreamed action="report.read" fallback={<ReportPageSkeleton />}>
      <BreakdownPageContent {...props} />
    </CheckedThenStreamed>
  );
}
