import { OPEN_STATUSES, type CaseMilestone, type CaseStatus } from "@/lib/schemas/case";
import type { CaseReportQuery } from "@/lib/schemas/case-report";
import { UUID } from "@/lib/schemas/common";

/** The numbers of a case report's line, each of which opens the cases it is computed from. */
export type CaseReportMeasure = "cases" | "open" | "sensitive" | "workers" | "acknowledgement" | "resolution" | "claimed" | "agreed" | "received";

type ReportChoices = { by: CaseReportQuery["by"]; filters: Omit<CaseReportQuery, "by"> };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Times and sums are computed over the cases that reached the step or hold the amount. */
const milestoneOf: Partial<Record<CaseReportMeasure, CaseMilestone>> = {
  acknowledgement: "acknowledgement",
  resolution: "resolution",
  claimed: "claim",
  agreed: "agreement",
  received: "payment",
};

/** A line's key as the case list's filter: an agency's key is its id, "name:" and the name typed, or "" for none. */
function groupFilter(by: CaseReportQuery["by"], key: string): Record<string, string> {
  if (by !== "agency") return { [by]: key };
  if (UUID.test(key)) return { agency: key };
  return key.startsWith("name:") ? { agencyName: key.slice(5) } : { agency: "none" };
}

/**
 * The case list's filters for one number of a case report: the report's choices, the line's group
 * (null: the total line) and what the number counts. Null where the list cannot show that set (the
 * open cases of a step that is not open: there are none).
 */
export function caseReportListFilters(report: ReportChoices, key: string | null, measure: CaseReportMeasure): Record<string, string> | null {
  const filters: Record<string, string> = {};
  if (report.filters.from) filters.receivedFrom = day(report.filters.from);
  if (report.filters.to) filters.receivedTo = day(report.filters.to);
  if (report.filters.destination) filters.destination = report.filters.destination;
  if (key !== null) Object.assign(filters, groupFilter(report.by, key));
  if (measure === "open") {
    if (filters.status) return (OPEN_STATUSES as readonly string[]).includes(filters.status as CaseStatus) ? filters : null;
    filters.status = "OPEN";
  }
  if (measure === "sensitive") filters.sensitive = "on";
  const milestone = milestoneOf[measure];
  if (milestone) filters.has = milestone;
  return filters;
}

/** The numbers of a case report's line (a group, or the total). */
export type CaseReportNumbers = {
  cases: number;
  open: number;
  /** Counted like the others: the report shows numbers, never the cases. */
  sensitive: number;
  workers: number;
  /** Days from receipt to acknowledgement and to resolution: median and 90th percentile (null without any). */
  acknowledgeMedianDays: number | null;
  acknowledgeP90Days: number | null;
  resolveMedianDays: number | null;
  resolveP90Days: number | null;
  /** Sums in US dollars through the ministry's rate table. */
  claimedUsd: number;
  agreedUsd: number;
  receivedUsd: number;
  /** Amounts left out of the sums above for want of a rate for their currency. */
  unconvertedAmounts: number;
};

/** count: a whole number; tenths: days to one decimal; amount: dollars and cents (as the report files' column kinds). */
export type CaseReportValueKind = "count" | "tenths" | "amount";

export type CaseReportColumn = {
  /** Under "reports.cases". */
  header: string;
  table: "counts" | "money";
  kind: CaseReportValueKind;
  value: (row: CaseReportNumbers) => number | null;
  /** What the number counts, for the list it opens; null: amounts left out, which no case list shows. */
  measure: CaseReportMeasure | null;
};

/** The case report's columns, in order, for the page and its files alike. */
export const CASE_REPORT_COLUMNS: CaseReportColumn[] = [
  { header: "cases", table: "counts", kind: "count", value: (row) => row.cases, measure: "cases" },
  { header: "open", table: "counts", kind: "count", value: (row) => row.open, measure: "open" },
  { header: "sensitive", table: "counts", kind: "count", value: (row) => row.sensitive, measure: "sensitive" },
  { header: "workers", table: "counts", kind: "count", value: (row) => row.workers, measure: "workers" },
  { header: "ackMedian", table: "counts", kind: "tenths", value: (row) => row.acknowledgeMedianDays, measure: "acknowledgement" },
  { header: "ackP90", table: "counts", kind: "tenths", value: (row) => row.acknowledgeP90Days, measure: "acknowledgement" },
  { header: "resolveMedian", table: "counts", kind: "tenths", value: (row) => row.resolveMedianDays, measure: "resolution" },
  { header: "resolveP90", table: "counts", kind: "tenths", value: (row) => row.resolveP90Days, measure: "resolution" },
  { header: "claimed", table: "money", kind: "amount", value: (row) => row.claimedUsd, measure: "claimed" },
  { header: "agreed", table: "money", kind: "amount", value: (row) => row.agreedUsd, measure: "agreed" },
  { header: "received", table: "money", kind: "amount", value: (row) => row.receivedUsd, measure: "received" },
  { header: "unconverted", table: "money", kind: "count", value: (row) => row.unconvertedAmounts, measure: null },
];

/** A value as the page shows it and the files hold it: tenths to a tenth, amounts to the cent. */
export function roundedValue(kind: CaseReportValueKind, value: number | null): number | null {
  if (value === null) return null;
  if (kind === "tenths") return Math.round(value * 10) / 10;
  if (kind === "amount") return Math.round(value * 100) / 100;
  return value;
}
