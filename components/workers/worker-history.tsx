import { getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import type { HistoryEntry } from "@/lib/data/worker-history";

const ENUM_FIELDS = new Set(["status", "sector", "scheme", "sex"]);
/** What a person reads in a record's history: its fields. Counters and ids the system keeps for itself stay out. */
const SHOWN_FIELDS = new Set([
  "fullName",
  "fullNameKm",
  "sex",
  "dateOfBirth",
  "phone",
  "provinceCode",
  "destinationCountry",
  "post",
  "employer",
  "sector",
  "scheme",
  "status",
  "deployedOn",
  "contractEnd",
  "returnedOn",
  "effectiveOn",
]);
const CALENDAR_DAY = /^(\d{4}-\d{2}-\d{2})(T00:00:00(\.000)?Z)?$/;

/**
 * Each change to the record: who, when, and each field a person reads, named and valued in the
 * reader's language (dates as they write them, codes as the names they stand for). A field given a
 * value for the first time reads "Returned on: 3 December 2026", not "— → 2026-12-03".
 */
export async function WorkerHistory({ entries, names }: { entries: HistoryEntry[]; names: { countries: Record<string, string>; provinces: Record<string, string> } }) {
  const [t, format] = await Promise.all([getTranslations(), getAppFormat()]);
  const shown = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined || value === "") return null;
    if (ENUM_FIELDS.has(field)) return t(`enums.${field}.${value}`);
    if (field === "destinationCountry") return names.countries[String(value)] ?? String(value);
    if (field === "provinceCode") return names.provinces[String(value)] ?? String(value);
    const day = typeof value === "string" ? CALENDAR_DAY.exec(value) : null;
    if (day) return format.day(new Date(`${day[1]}T00:00:00Z`), "long");
    return String(value);
  };
  const line = (field: string, before: unknown, after: unknown) => {
    const [from, to] = [shown(field, before), shown(field, after)];
    const label = t(`worker.${field}`);
    if (from === null && to === null) return null;
    if (from === null) return t("history.set", { field: label, value: to! });
    if (to === null) return t("history.cleared", { field: label, value: from });
    return t("history.changed", { field: label, before: from, after: to });
  };
  return (
    <ol className="space-y-4" data-testid="history">
      {entries.map((entry) => {
        const changes = entry.action === "worker.create" ? [] : entry.changes.filter((change) => SHOWN_FIELDS.has(change.field)).map((change) => ({ field: change.field, text: line(change.field, change.before, change.after) }));
        return (
          <li key={entry.id} className="border-l-2 border-input pl-4">
            <p className="text-sm">
              <span className="font-medium">{t.has(`history.${entry.action}`) ? t(`history.${entry.action}`) : t("history.other")}</span>
              {" · "}
              {entry.actorName ?? t("history.system")}
              {" · "}
              <time dateTime={entry.at.toISOString()}>{format.moment(entry.at)}</time>
            </p>
            {changes.some((change) => change.text) && (
              <ul className="mt-1 space-y-0.5 text-sm text-muted-foreground">
                {changes.map((change) => change.text && <li key={change.field}>{change.text}</li>)}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
