import { localName } from "@/lib/i18n/locales";
import type { Words } from "@/lib/report-export";
import type { CaseReportQuery } from "@/lib/schemas/case-report";
import type { BreakdownDimension } from "@/lib/schemas/reports";

/**
 * How a breakdown's keys read: provinces by their name in the reader's language, the other
 * dimensions by the same enum words the worker forms use.
 */
export function breakdownLabeller(by: BreakdownDimension, { t, locale }: Words, provinces: { code: string; nameEn: string; nameKm: string }[]): (key: string) => string {
  if (by === "province") {
    const names = new Map(provinces.map((p) => [p.code, localName(locale, p)]));
    return (key) => names.get(key) ?? key;
  }
  return (key) => t(`enums.${by}.${key}`);
}

/**
 * How a case report's lines read: destinations by their name in the reader's language, kinds of
 * complaint and steps by the case forms' words, agencies by name (one not on the list said so).
 */
export function caseReportLabeller(by: CaseReportQuery["by"], { t, locale }: Words, countries: { code: string; nameEn: string; nameKm: string }[]): (row: { key: string; label: string | null }) => string {
  if (by === "destination") {
    const names = new Map(countries.map((c) => [c.code, localName(locale, c)]));
    return ({ key }) => names.get(key) ?? key;
  }
  if (by === "category") return ({ key }) => t(`enums.caseCategory.${key}`);
  if (by === "status") return ({ key }) => t(`enums.caseStatus.${key}`);
  return ({ key, label }) => (key === "" ? t("reports.cases.noAgency") : key.startsWith("name:") ? t("reports.cases.notListed", { name: key.slice(5) }) : (label ?? key));
}
