import type { Digits } from "./digits";

type DateStyle = "medium" | "long";

/**
 * The one way the app writes numbers and dates for a reader: Intl with the reader's language
 * (Node's and the browser's ICU both know `km`: "5 មីនា 2026") and digits (`khmr` gives
 * "៥ មីនា ២០២៦"). Pages, reports and the printable documents all format through it.
 * Calendar dates (birth, deployment, course days) are stored as UTC midnights and read in UTC or
 * they would slip a day; moments (when a record was registered) are read in `timeZone`.
 */
/**
 * Intl's formatters, made once per language and options and kept by the process: making one costs
 * far more than formatting with it, and a list page formats a date or two on each of its rows. The
 * keys are few (languages × digits × styles × the readers' time zones).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function kept<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => kept(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) => kept(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export function appFormat(locale: string, digits: Digits, timeZone?: string) {
  const numberingSystem = digits;
  const number = (value: number, options: Intl.NumberFormatOptions = {}) => numberFormat(locale, { numberingSystem, ...options }).format(value);
  const calendar = (dateStyle: DateStyle) => dateFormat(locale, { numberingSystem, dateStyle, timeZone: "UTC" });
  return {
    count: (value: number) => number(value),
    /** A sum of money in its currency's usual two decimals (the currency is written beside it). */
    amount: (value: number) => number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    /** A measure to one decimal (days taken, complaints per thousand); "—" where there is none. */
    tenths: (value: number | null) => (value === null ? "—" : number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })),
    year: (value: number) => number(value, { useGrouping: false }),
    gap: (value: number) => number(value, { signDisplay: "exceptZero" }),
    // Three significant digits by default: a coverage of 0.0228 % says more than "0 %"; "—" where there is no ratio.
    percent: (ratio: number | null, options: Intl.NumberFormatOptions = { maximumSignificantDigits: 3 }) =>
      ratio === null ? "—" : number(ratio, { style: "percent", ...options }),
    day: (date: Date, dateStyle: DateStyle = "medium") => calendar(dateStyle).format(date),
    /** A day that may be missing (a worker not yet deployed): "—". */
    dayOrDash: (date: Date | null, dateStyle: DateStyle = "medium") => (date ? calendar(dateStyle).format(date) : "—"),
    days: (start: Date, end: Date, dateStyle: DateStyle = "medium") => calendar(dateStyle).formatRange(start, end),
    month: (month: string) => dateFormat(locale, { numberingSystem, year: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`)),
    /** The day of a moment, where the reader is. */
    momentDay: (date: Date) => dateFormat(locale, { numberingSystem, dateStyle: "medium", timeZone }).format(date),
    moment: (date: Date, dateStyle: DateStyle = "medium") => dateFormat(locale, { numberingSystem, dateStyle, timeStyle: "short", timeZone }).format(date),
  };
}

export type AppFormat = ReturnType<typeof appFormat>;
