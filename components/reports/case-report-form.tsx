import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DateField, SelectField } from "@/components/ui/field";
import { CASE_REPORT_DIMENSIONS } from "@/lib/schemas/case-report";

type Option = { value: string; label: string };

/** A plain GET form: the choices live in the URL, so a case report can be shared and Back works. */
export function CaseReportForm({ values, countries }: { values: { by: string; from: string; to: string; destination: string }; countries: Option[] }) {
  const t = useTranslations("reports");
  return (
    <form method="get" action="/reports/cases" className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-4">
      <SelectField
        name="by"
        label={t("cases.by")}
        options={CASE_REPORT_DIMENSIONS.map((value) => ({ value, label: t(`cases.dimension.${value}`) }))}
        defaultValue={values.by}
      />
      <SelectField name="destination" label={t("destination")} options={countries} placeholder={t("allDestinations")} defaultValue={values.destination} />
      <DateField name="from" label={t("cases.from")} defaultValue={values.from} />
      <DateField name="to" label={t("cases.to")} defaultValue={values.to} />
      <Button type="submit">{t("show")}</Button>
    </form>
  );
}
