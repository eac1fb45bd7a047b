import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/permissions";
import { listProvinces } from "@/lib/data/reference";
import { getCaseReport, rankAgencies } from "@/lib/data/case-reports";
import { getBreakdown, getDestinationReport, getMonthlySeries, listReportCountries } from "@/lib/data/reports";
import { AppError, httpStatus } from "@/lib/errors";
import { breakdownFile, caseReportFile, destinationsFile, monthlyFile, type ReportFile, type Words } from "@/lib/report-export";
import { reportCsv, reportXlsx } from "@/lib/report-files";
import { breakdownLabeller, caseReportLabeller } from "@/lib/report-labels";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";

/** Each report from the same data functions as its page, so the file and the screen agree. */
const reports: Record<string, (actor: Actor | null, query: Record<string, string>, words: Words) => Promise<ReportFile>> = {
  destinations: async (actor, _query, words) => destinationsFile(await getDestinationReport(actor), words),
  breakdown: async (actor, query, words) => {
    const [breakdown, destinations, provinces] = await Promise.all([getBreakdown(actor, query), getDestinationReport(actor), listProvinces()]);
    return breakdownFile(breakdown, breakdownLabeller(breakdown.by, words, provinces), destinations.rows, words);
  },
  cases: async (actor, query, words) => {
    const [report, ranking, destinations] = await Promise.all([getCaseReport(actor, query), rankAgencies(actor, query), listReportCountries(actor)]);
    return caseReportFile(report, ranking, caseReportLabeller(report.by, words, destinations), destinations, words);
  },
  monthly: async (actor, query, words) => {
    const [series, destinations] = await Promise.all([getMonthlySeries(actor, query), getDestinationReport(actor)]);
    return monthlyFile(series, destinations.rows, words);
  },
};

const contentTypes = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

/** A report as CSV or XLSX, in the reader's language, with the published figures it rests on. */
export async function GET(request: Request, { params }: { params: Promise<{ report: string; format: string }> }) {
  const [{ report, format }, actor, t, locale] = await Promise.all([params, getActor(), getTranslations(), getLocale()]);
  const build = Object.hasOwn(reports, report) ? reports[report] : undefined;
  if (!build || (format !== "csv" && format !== "xlsx")) return new Response(t("errors.NOT_FOUND"), { status: 404 });

  let file;
  try {
    file = await build(actor, searchParamsToQuery(new URL(request.url).searchParams), { t, locale });
  } catch (error) {
    if (error instanceof AppError) return new Response(t(error.message), { status: httpStatus[error.code] });
    throw error;
  }
  const body = format === "csv" ? reportCsv(file) : await reportXlsx(file);
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="${file.filename}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
