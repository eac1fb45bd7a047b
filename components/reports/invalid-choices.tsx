import { useTranslations } from "next-intl";

export function InvalidChoices() {
  const t = useTranslations("reports");
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {t("badQuery")}
    </p>
  );
}
