import { localName } from "@/lib/i18n/locales";

/** A course carries its title in English and Khmer; the reader sees the one of their language. */
export function courseTitle(locale: string, course: { titleEn: string; titleKm: string }): string {
  return localName(locale, { nameEn: course.titleEn, nameKm: course.titleKm });
}
