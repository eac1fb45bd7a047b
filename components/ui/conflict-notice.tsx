import { useTranslations } from "next-intl";

const fields = ["fullName", "fullNameKm", "sex", "dateOfBirth", "phone", "provinceCode", "employer", "sector", "scheme", "deployedOn", "contractEnd"] as const;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** Someone saved while this officer was editing: what is saved now against what they typed. */
export function ConflictNotice({ current, typed }: { current: Record<string, unknown>; typed: Record<string, string> }) {
  const t = useTranslations();
  const differences = fields.filter((field) => shown(current[field]) !== shown(typed[field]?.trim()));
  return (
    <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" data-testid="conflict">
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
            {differences.map((field) => (
              <tr key={field}>
                <td className="pr-4">{t(`worker.${field}`)}</td>
                <td className="pr-4 font-medium">{shown(current[field])}</td>
                <td>{shown(typed[field])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{t("workers.conflictHelp")}</p>
    </div>
  );
}
