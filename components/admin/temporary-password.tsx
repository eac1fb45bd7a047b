import { useTranslations } from "next-intl";

/** A temporary password, shown this once: the administrator hands it over, the user replaces it. */
export function TemporaryPassword({ password }: { password: string }) {
  const t = useTranslations("accounts");
  return (
    <div role="status" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p>{t("temporaryPassword")}</p>
      <p className="font-mono text-lg tracking-wide" data-testid="temporary-password">
        {password}
      </p>
      <p className="text-slate-700">{t("temporaryPasswordHint")}</p>
    </div>
  );
}
