import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";

export function YearForm({ year }: { year: number }) {
  const t = useTranslations("reports");
  return (
    <form method="get" action="/reports" className="flex items-end gap-3">
      <InputField name="year" type="number" min={2000} max={2100} label={t("quotas.year")} defaultValue={year} className="w-28" />
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
