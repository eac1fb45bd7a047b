import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { BREAKDOWN_DIMENSIONS } from "@/lib/schemas/reports";
import { WORKER_STATUSES } from "@/lib/schemas/worker";

type Option = { value: string; label: string };

/** A plain GET form: the choice lives in the URL, so a breakdown can be shared and Back works. */
export function BreakdownForm({ values, countries }: { values: { by: string; country: string; status: string }; countries: Option[] }) {
  const t = useTranslations();
  return (
    <form method="get" action="/reports/breakdown" className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-4">
      <SelectField
        name="by"
        label={t("reports.breakdown.by")}
        options={BREAKDOWN_DIMENSIONS.map((value) => ({ value, label: t(`reports.dimension.${value}`) }))}
        defaultValue={values.by}
      />
      <SelectField name="country" label={t("worker.destinationCountry")} options={countries} placeholder={t("reports.allDestinations")} defaultValue={values.country} />
      <SelectField
        name="status"
        label={t("worker.status")}
        options={WORKER_STATUSES.map((value) => ({ value, label: t(`enums.status.${value}`) }))}
        placeholder={t("reports.allStatuses")}
        defaultValue={values.status}
      />
      <Button type="submit">{t("reports.show")}</Button>
    </form>
  );
}
