import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { COURSE_STATUSES } from "@/lib/schemas/course";

/** A plain GET form: the filters live in the URL, so a view can be shared and Back works. */
export function CourseFilters({ values }: { values: Record<string, string> }) {
  const t = useTranslations();
  return (
    <form method="get" action="/courses" role="search" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <InputField name="q" type="search" label={t("courses.filters.search")} hint={t("courses.filters.searchHint")} defaultValue={values.q ?? ""} autoComplete="off" />
        </div>
        <SelectField
          name="status"
          label={t("courses.field.status")}
          options={COURSE_STATUSES.map((value) => ({ value, label: t(`enums.courseStatus.${value}`) }))}
          placeholder={t("courses.filters.any")}
          defaultValue={values.status ?? ""}
        />
        <div className="grid grid-cols-2 gap-3">
          <InputField name="from" type="date" label={t("courses.filters.from")} defaultValue={values.from ?? ""} />
          <InputField name="to" type="date" label={t("courses.filters.to")} defaultValue={values.to ?? ""} />
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t("courses.filters.apply")}</Button>
        <Link href="/courses" className={buttonClass("ghost")}>
          {t("courses.filters.clear")}
        </Link>
      </div>
    </form>
  );
}
