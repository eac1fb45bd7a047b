import { getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import type { HistoryEntry } from "@/lib/data/worker-history";

const ENUM_FIELDS = new Set(["status", "sector", "scheme", "sex"]);

/** Each change to the record: who, when, and every field before and after. */
export async function WorkerHistory({ entries }: { entries: HistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations(), getAppFormat()]);
  const label = (field: string) => (t.has(`worker.${field}`) ? t(`worker.${field}`) : field);
  const shown = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (ENUM_FIELDS.has(field)) return t(`enums.${field}.${value}`);
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return value.slice(0, 10);
    return String(value);
  };
  return (
    <ol className="space-y-4" data-testid="history">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-input pl-4">
          <p className="text-sm">
            <span className="font-medium">{t.has(`history.${entry.action}`) ? t(`history.${entry.action}`) : entry.action}</span>
            {" · "}
            {entry.actorName ?? t("history.system")}
            {" · "}
            <time dateTime={entry.at.toISOString()}>{format.moment(entry.at)}</time>
          </p>
          {entry.action !== "worker.create" && entry.changes.length > 0 && (
            <ul className="mt-1 space-y-0.5 text-sm text-muted-foreground">
              {entry.changes.map((change) => (
                <li key={change.field}>
                  {label(change.field)}: <del className="text-muted-foreground">{shown(change.field, change.before)}</del> → <ins className="no-underline">{shown(change.field, change.after)}</ins>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
