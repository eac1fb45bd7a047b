import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { DateField, InputField, SelectField } from "@/components/ui/field";
import { SCHEMES, SECTORS, SEXES, WORKER_STATUSES } from "@/lib/schemas/worker";
import { MISSING_DETAILS, PAGE_SIZES } from "@/lib/schemas/worker-list";

type Option = { value: string; label: string };

/** A plain GET form: the filters live in the URL, so views can be shared and Back works. */
export function WorkerFilters({ values, provinces, countries }: { values: Record<string, string>; provinces: Option[]; countries?: Option[] }) {
  const t = useTranslations();
  const enumOptions = (group: string, list: readonly string[]) => list.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
  const any = t("workers.any");
  return (
    <form method="get" action="/workers" role="search" className="space-y-3 rounded-lg border border-border bg-card p-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          {/* autoComplete off: the browser would otherwise restore what was typed last when going Back. */}
          <InputField name="q" type="search" label={t("workers.search")} hint={t("workers.searchHint")} defaultValue={values.q ?? ""} autoComplete="off" />
        </div>
        <Button type="submit">{t("workers.apply")}</Button>
        <Button asChild variant="ghost">
          <Link href="/workers">{t("workers.clear")}</Link>
        </Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <SelectField name="status" label={t("worker.status")} options={enumOptions("status", WORKER_STATUSES)} placeholder={any} defaultValue={values.status ?? ""} />
        <SelectField name="sector" label={t("worker.sector")} options={enumOptions("sector", SECTORS)} placeholder={any} defaultValue={values.sector ?? ""} />
        <SelectField name="scheme" label={t("worker.scheme")} options={enumOptions("scheme", SCHEMES)} placeholder={any} defaultValue={values.scheme ?? ""} />
        <SelectField name="province" label={t("worker.provinceCode")} options={provinces} placeholder={any} defaultValue={values.province ?? ""} />
        <SelectField name="sex" label={t("worker.sex")} options={enumOptions("sex", SEXES)} placeholder={any} defaultValue={values.sex ?? ""} />
        {countries && (
          <SelectField name="country" label={t("worker.destinationCountry")} options={countries} placeholder={any} defaultValue={values.country ?? ""} />
        )}
        <DateField name="deployedFrom" label={t("workers.deployedFrom")} defaultValue={values.deployedFrom ?? ""} />
        <DateField name="deployedTo" label={t("workers.deployedTo")} defaultValue={values.deployedTo ?? ""} />
        <DateField name="contractEndFrom" label={t("workers.contractEndFrom")} defaultValue={values.contractEndFrom ?? ""} />
        <DateField name="contractEndTo" label={t("workers.contractEndTo")} defaultValue={values.contractEndTo ?? ""} />
        <DateField name="returnedFrom" label={t("workers.returnedFrom")} defaultValue={values.returnedFrom ?? ""} />
        <DateField name="returnedTo" label={t("workers.returnedTo")} defaultValue={values.returnedTo ?? ""} />
        <SelectField
          name="missing"
          label={t("workers.missing")}
          options={MISSING_DETAILS.map((value) => ({ value, label: t(`workers.missingDetail.${value}`) }))}
          placeholder={any}
          defaultValue={values.missing ?? ""}
        />
        <SelectField
          name="likelyDuplicate"
          label={t("workers.likelyDuplicate")}
          options={[{ value: "true", label: t("workers.likelyDuplicateOnly") }]}
          placeholder={any}
          defaultValue={values.likelyDuplicate ?? ""}
        />
        <SelectField
          name="limit"
          label={t("workers.pageSize")}
          options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
          defaultValue={values.limit ?? String(PAGE_SIZES[0])}
        />
      </div>
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      {values.dir && <input type="hidden" name="dir" value={values.dir} />}
    </form>
  );
}
