import { localName } from "@/lib/i18n/locales";
import type { Words } from "@/lib/report-export";
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
