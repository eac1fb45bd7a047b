import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";

type Option = { value: string; label: string };

/** A plain GET form of whole months: YYYY-MM, what <input type="month"> sends and what browsers without one are shown to type. */
export function MonthlyForm({ values, countries }: { values: { country: string; from: string; to: string }; countries: Option[] }) {
  const t = useTranslations();
  return (
    <form method="get" action="/reports/monthly" className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-4">
      <SelectField name="country" label={t("worker.destinationCountry")} options={countries} placeholder={t("reports.allDestinations")} defaultValue={values.country} />
      <InputField name="from" type="month" label={t("reports.monthly.from")} defaultValue={values.from} placeholder="YYYY-MM" pattern="\d{4}-\d{2}" />
      <InputField name="to" type="month" label={t("reports.monthly.to")} defaultValue={values.to} placeholder="YYYY-MM" pattern="\d{4}-\d{2}" />
      <Button type="submit">{t("reports.show")}</Button>
    </form>
  );
}
