import { localName } from "@/lib/i18n/locales";
import { comparedRegistered, monthlyTotals, shareOf, type ReferenceBasis } from "@/lib/reports-math";
import { CASE_REPORT_COLUMNS, roundedValue, type CaseReportNumbers } from "@/lib/case-report-columns";
import type { CaseReportQuery } from "@/lib/schemas/case-report";
import type { BreakdownDimension } from "@/lib/schemas/reports";

/** The words of the reader's language: next-intl's `t` and the locale, passed in so this stays pure. */
export type Words = { t: (key: string, values?: Record<string, string | number>) => string; locale: string };

/** tenths: days taken, to one decimal; amount: US dollars, to the cent. */
export type ColumnKind = "text" | "count" | "percent" | "date" | "tenths" | "amount";
export type ExportCell = string | number | Date | null;
type ExportTable = { name: string; columns: { header: string; kind: ColumnKind }[]; rows: ExportCell[][] };

/** A report as a file: the report's table first, then the published figures it rests on, then what it is. */
export type ReportFile = { filename: string; tables: ExportTable[] };

type Figure = { sourceId: string; title: string; publishedOn: Date; asOf: Date; workers: number; gap: number; coverage: number | null };
type DestinationRow = { country: string; nameEn: string; nameKm: string; registered: number; reference: (Figure & { basis: ReferenceBasis }) | null; published: Figure[] };
type ReferenceTotal = { workers: number; registered: number; gap: number; coverage: number | null; countries: string[]; sources: { sourceId: string; title: string }[] };
export type DestinationReportData = {
  asOf: Date;
  rows: DestinationRow[];
  total: { registered: number; reference: ReferenceTotal | null; published: (Figure & { countries: string[] })[] };
};
export type BreakdownData = { asOf: Date; by: BreakdownDimension; country: string | null; status: string | null; rows: { key: string; workers: number }[]; total: number };
export type MonthlyData = { asOf: Date; country: string | null; from: string; to: string; months: { month: string; deployed: number; returned: number }[] };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Each published figure of the report's destinations (or its one destination), as the file's list of sources. */
function sourcesTable(destinations: DestinationRow[], country: string | null, { t, locale }: Words): ExportTable {
  const rows = country ? destinations.filter((row) => row.country === country) : destinations;
  const figures = rows.flatMap((row) => row.published.map((figure) => ({ row, figure })));
  figures.sort((a, b) => a.figure.sourceId.localeCompare(b.figure.sourceId) || a.row.country.localeCompare(b.row.country));
  return {
    name: t("reports.export.sources"),
    columns: [
      { header: t("reports.export.sourceId"), kind: "text" },
      { header: t("reports.source"), kind: "text" },
      { header: t("reports.publishedOn"), kind: "date" },
      { header: t("reports.sourceAsOf"), kind: "date" },
      { header: t("reports.export.countryCode"), kind: "text" },
      { header: t("reports.destination"), kind: "text" },
      { header: t("reports.published"), kind: "count" },
    ],
    rows: figures.map(({ row, figure }) => [figure.sourceId, figure.title, figure.publishedOn, figure.asOf, row.country, localName(locale, row), figure.workers]),
  };
}

function aboutTable(report: string, asOf: Date, filters: [string, string][], { t }: Words): ExportTable {
  return {
    name: t("reports.export.about"),
    columns: [
      { header: t("reports.export.item"), kind: "text" },
      { header: t("reports.export.value"), kind: "text" },
    ],
    rows: [[t("reports.export.report"), report], [t("reports.export.computedAt"), `${asOf.toISOString().slice(0, 16).replace("T", " ")} UTC`], ...filters],
  };
}

function countryName(code: string | null, rows: DestinationRow[], words: Words): string {
  if (!code) return words.t("reports.allDestinations");
  const row = rows.find((r) => r.country === code);
  return row ? localName(words.locale, row) : code;
}

/**
 * The reconciliation table: per destination its reference figure first, then the other published
 * figures as comparisons; then the destinations with a reference figure together, and the total of
 * each source that covers more than one destination, naming them.
 */
export function destinationsFile(report: DestinationReportData, words: Words): ReportFile {
  const { t, locale } = words;
  type Line = { sourceId: string | null; title: string | null; asOf: Date | null; workers: number; gap: number; coverage: number | null };
  const line = (destination: string, code: string, registered: number, role: string | null, figure: Line | null): ExportCell[] => [
    destination,
    code,
    registered,
    role,
    figure?.sourceId ?? null,
    figure?.title ?? null,
    figure?.asOf ?? null,
    figure?.workers ?? null,
    figure?.gap ?? null,
    figure?.coverage ?? null,
  ];
  const nameOf = (code: string) => countryName(code, report.rows, words);
  const rows = report.rows.flatMap((row) => {
    const name = localName(locale, row);
    const comparisons = row.published.filter((figure) => figure.sourceId !== row.reference?.sourceId);
    return [
      line(name, row.country, row.registered, row.reference ? `${t("reports.reference.label")}: ${t(`reports.reference.basis.${row.reference.basis}`)}` : null, row.reference),
      ...comparisons.map((figure) => line(name, row.country, row.registered, t("reports.reference.comparison"), figure)),
    ];
  });
  const { reference } = report.total;
  const totals = [
    reference
      ? line(t("reports.reference.total", { count: reference.countries.length, all: report.rows.length }), reference.countries.join(" "), reference.registered, t("reports.reference.label"), {
          sourceId: reference.sources.map((source) => source.sourceId).join(" "),
          title: reference.sources.map((source) => source.title).join("; "),
          asOf: null,
          workers: reference.workers,
          gap: reference.gap,
          coverage: reference.coverage,
        })
      : line(t("reports.allDestinations"), "", report.total.registered, null, null),
    ...report.total.published.map((figure) =>
      line(t("reports.reference.sourceTotal", { countries: figure.countries.map(nameOf).join(", ") }), figure.countries.join(" "), comparedRegistered(figure.workers, figure.gap), t("reports.reference.comparison"), figure),
    ),
  ];
  return {
    filename: `destinations-${day(report.asOf)}`,
    tables: [
      {
        name: t("reports.nav.destinations"),
        columns: [
          { header: t("reports.destination"), kind: "text" },
          { header: t("reports.export.countryCode"), kind: "text" },
          { header: t("reports.registered"), kind: "count" },
          { header: t("reports.export.role"), kind: "text" },
          { header: t("reports.export.sourceId"), kind: "text" },
          { header: t("reports.source"), kind: "text" },
          { header: t("reports.sourceAsOf"), kind: "date" },
          { header: t("reports.published"), kind: "count" },
          { header: t("reports.gap"), kind: "count" },
          { header: t("reports.coverage"), kind: "percent" },
        ],
        rows: [...rows, ...totals],
      },
      sourcesTable(report.rows, null, words),
      aboutTable(t("reports.destinations.title"), report.asOf, [], words),
    ],
  };
}

/** Workers by one dimension, with each category's share, then the total. */
export function breakdownFile(breakdown: BreakdownData, labelOf: (key: string) => string, destinations: DestinationRow[], words: Words): ReportFile {
  const { t } = words;
  const share = (workers: number) => shareOf(workers, breakdown.total);
  return {
    filename: ["breakdown", breakdown.by, breakdown.country, breakdown.status?.toLowerCase(), day(breakdown.asOf)].filter(Boolean).join("-"),
    tables: [
      {
        name: t(`reports.dimension.${breakdown.by}`),
        columns: [
          { header: t("reports.export.code"), kind: "text" },
          { header: t(`reports.dimension.${breakdown.by}`), kind: "text" },
          { header: t("reports.workers"), kind: "count" },
          { header: t("reports.share"), kind: "percent" },
        ],
        rows: [...breakdown.rows.map((row) => [row.key, labelOf(row.key), row.workers, share(row.workers)]), ["", t("reports.total"), breakdown.total, share(breakdown.total)]],
      },
      sourcesTable(destinations, breakdown.country, words),
      aboutTable(t("reports.breakdown.title"), breakdown.asOf, [
        [t("reports.breakdown.by"), t(`reports.dimension.${breakdown.by}`)],
        [t("reports.destination"), countryName(breakdown.country, destinations, words)],
        [t("worker.status"), breakdown.status ? t(`enums.status.${breakdown.status}`) : t("reports.allStatuses")],
      ], words),
    ],
  };
}

/** Deployments and returns per month, then their sums over the range. */
export function monthlyFile(series: MonthlyData, destinations: DestinationRow[], words: Words): ReportFile {
  const { t } = words;
  const totals = monthlyTotals(series.months);
  return {
    filename: ["monthly", series.country, series.from, series.to].filter(Boolean).join("-"),
    tables: [
      {
        name: t("reports.nav.monthly"),
        columns: [
          { header: t("reports.month"), kind: "text" },
          { header: t("reports.deployments"), kind: "count" },
          { header: t("reports.returns"), kind: "count" },
        ],
        rows: [...series.months.map((m) => [m.month, m.deployed, m.returned]), [t("reports.total"), totals.deployed, totals.returned]],
      },
      sourcesTable(destinations, series.country, words),
      aboutTable(t("reports.monthly.title"), series.asOf, [
        [t("reports.destination"), countryName(series.country, destinations, words)],
        [t("reports.monthly.from"), series.from],
        [t("reports.monthly.to"), series.to],
      ], words),
    ],
  };
}

export type CaseReportData = { by: CaseReportQuery["by"]; filters: Omit<CaseReportQuery, "by">; asOf: Date; rows: (CaseReportNumbers & { key: string; label: string | null })[]; total: CaseReportNumbers };
type Country = { code: string; nameEn: string; nameKm: string };
type AgencyRank = { id: string; name: string; cases: number; workersSent: number | null; per1000: number | null };

/** The case report: a line per group with every number the page shows, rounded as it shows them; then the agencies' ranking. */
export function caseReportFile(report: CaseReportData, ranking: AgencyRank[], labelOf: (row: { key: string; label: string | null }) => string, countries: Country[], words: Words): ReportFile {
  const { t, locale } = words;
  const numbers = (row: CaseReportNumbers) => CASE_REPORT_COLUMNS.map((column) => roundedValue(column.kind, column.value(row)));
  const { from, to, destination } = report.filters;
  return {
    filename: ["cases", report.by, destination, from && day(from), to && day(to), day(report.asOf)].filter(Boolean).join("-"),
    tables: [
      {
        name: t("reports.cases.title"),
        columns: [
          { header: t("reports.export.code"), kind: "text" },
          { header: t(`reports.cases.dimension.${report.by}`), kind: "text" },
          ...CASE_REPORT_COLUMNS.map((column) => ({ header: t(`reports.cases.${column.header}`), kind: column.kind })),
        ],
        rows: [...report.rows.map((row) => [row.key, labelOf(row), ...numbers(row)]), ["", t("reports.total"), ...numbers(report.total)]],
      },
      {
        name: t("reports.cases.ranking.agency"),
        columns: [
          { header: t("reports.cases.ranking.agency"), kind: "text" },
          { header: t("reports.cases.ranking.cases"), kind: "count" },
          { header: t("reports.cases.ranking.workersSent"), kind: "count" },
          { header: t("reports.cases.ranking.per1000"), kind: "tenths" },
        ],
        rows: ranking.map((row) => [row.name, row.cases, row.workersSent, roundedValue("tenths", row.per1000)]),
      },
      aboutTable(t("reports.cases.title"), report.asOf, [
        [t("reports.cases.by"), t(`reports.cases.dimension.${report.by}`)],
        [t("reports.destination"), destination ? localName(locale, countries.find((c) => c.code === destination) ?? { nameEn: destination, nameKm: destination }) : t("reports.allDestinations")],
        [t("reports.cases.from"), from ? day(from) : "—"],
        [t("reports.cases.to"), to ? day(to) : "—"],
      ], words),
    ],
  };
}
