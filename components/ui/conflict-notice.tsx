import { useTranslations } from "next-intl";
import { Notice } from "./notice";

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * Someone saved while this person was editing: for each of the form's fields that differs, what is
 * saved now against what they typed. `current` is keyed by the form's field names.
 */
export function ConflictNotice({
  current,
  typed,
  fields,
}: {
  current: Record<string, unknown>;
  typed: Record<string, string>;
  fields: { name: string; label: string }[];
}) {
  const t = useTranslations();
  const differences = fields.filter(({ name }) => shown(current[name]) !== shown(typed[name]?.trim()));
  return (
    <Notice role="alert" tone="warning" className="space-y-2 p-4" data-testid="conflict">
      <p className="font-semibold">{t("errors.CONFLICT")}</p>
      {differences.length > 0 && (
        <table className="text-left">
          <thead>
            <tr>
              <th className="pr-4">{t("workers.field")}</th>
              <th className="pr-4">{t("workers.savedNow")}</th>
              <th>{t("workers.youTyped")}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map(({ name, label }) => (
              <tr key={name}>
                <td className="pr-4">{label}</td>
                <td className="pr-4 font-medium">{shown(current[name])}</td>
                <td>{shown(typed[name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{t("workers.conflictHelp")}</p>
    </Notice>
  );
}
