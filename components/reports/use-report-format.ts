import { useFormatter } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";

/** How report numbers and dates read in the reader's language and digits; "—" where there is no ratio. */
export function useReportFormat(digits: Digits) {
  const format = useFormatter();
  const numberingSystem = digits;
  return {
    count: (value: number) => format.number(value, { numberingSystem }),
    year: (value: number) => format.number(value, { numberingSystem, useGrouping: false }),
    gap: (value: number) => format.number(value, { numberingSystem, signDisplay: "exceptZero" }),
    // Three significant digits: a coverage of 0.0228 % says more than "0 %".
    percent: (ratio: number | null) => (ratio === null ? "—" : format.number(ratio, { numberingSystem, style: "percent", maximumSignificantDigits: 3 })),
    // Calendar dates are stored as UTC midnights: read them in UTC or they slip a day.
    day: (date: Date) => format.dateTime(date, { numberingSystem, dateStyle: "medium", timeZone: "UTC" }),
    month: (month: string) => format.dateTime(new Date(`${month}-01T00:00:00Z`), { numberingSystem, year: "numeric", month: "short", timeZone: "UTC" }),
    moment: (date: Date) => format.dateTime(date, { numberingSystem, dateStyle: "long", timeStyle: "short" }),
  };
}
export type ReportFormat = ReturnType<typeof useReportFormat>;
