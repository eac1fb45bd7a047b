import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { ReportPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getMonthlySeries, listReportCountries } from "@/lib/data/reports";
import { getDigits } from "@/lib/i18n/get-digits";
import { localChoices } from "@/lib/i18n/locales";
import { monthlyTotals } from "@/lib/reports-math";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { deploymentsHref } from "@/components/reports/drill-down";
import { InvalidChoices } from "@/components/reports/invalid-choices";
import { MonthlyForm } from "@/components/reports/monthly-form";
import { MonthlyFigures } from "@/components/reports/monthly-figures";
import { ReportHeader } from "@/components/reports/report-header";
import { ReportsNav } from "@/components/reports/reports-nav";
import { unlessInvalid } from "../unless-invalid";
import { CheckedThenStreamed } from "../../checked-then-streamed";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("monthly.title") };
}

async function MonthlyPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, locale, digits] = await Promise.all([getActor(), searchParams, getTranslations(), getLocale(), getDigits()]);
  const { country = "", from = "", to = "" } = searchParamsToQuery(params);
  const destinations = await forPage(listReportCountries(actor));
  const series = await unlessInvalid(getMonthlySeries(actor, { country, from, to }));
  const countries = localChoices(locale, destinations);
  const manage = actor ? can(actor, "publishedFigure.manage") || can(actor, "quota.manage") : false;
  // The range the report chose when none was given is the one the form shows.
  const values = series ? { country, from: series.from, to: series.to } : { country, from, to };

  const header = (
    <>
      <ReportsNav current="monthly" manage={manage} />
      <h1 className="text-2xl font-semibold">{t("reports.monthly.title")}</h1>
      <MonthlyForm values={values} countries={countries} />
    </>
  );
  if (!series) {
    return (
      <div className="space-y-6">
        {header}
        <InvalidChoices />
      </div>
    );
  }

  const caption = t("reports.monthly.caption", {
    country: series.country ? (countries.find((c) => c.value === series.country)?.label ?? series.country) : t("reports.allDestinations"),
  });
  const totals = monthlyTotals(series.months);

  return (
    <div className="space-y-6">
      {header}
      <ReportHeader asOf={series.asOf} exportPath="/reports/export/monthly" query={{ country: series.country, from: series.from, to: series.to }} digits={digits} />
      <MonthlyFigures
        caption={caption}
        digits={digits}
        rows={series.months.map((month) => ({ ...month, deployedHref: deploymentsHref(series.country, month.month) }))}
        total={{ ...totals, deployedHref: deploymentsHref(series.country, series.from, series.to) }}
      />
      <p className="text-sm text-muted-foreground">{t("reports.monthly.note")}</p>
    </div>
  );
}

export default function MonthlyPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <CheckedThenStreamed action="report.read" fallback={<ReportPageSkeleton />}>
      <MonthlyPageContent {...props} />
    </CheckedThenStreamed>
  );
}
