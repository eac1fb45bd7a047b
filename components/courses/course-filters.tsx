import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DateField, InputField, SelectField } from "@/components/ui/field";
import { COURSE_STATUSES } from "@/lib/schemas/course";

/** A plain GET form: the filters live in the URL, so a view can be shared and Back works. */
export function CourseFilters({ values }: { values: Record<string, string> }) {
  const t = useTranslations();
  return (
    <form method="get" action="/courses" role="search" className="space-y-3 rounded-lg border border-border bg-card p-4">
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
          <DateField name="from" label={t("courses.filters.from")} defaultValue={values.from ?? ""} />
          <DateField name="to" label={t("courses.filters.to")} defaultValue={values.to ?? ""} />
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t("courses.filters.apply")}</Button>
        <Button asChild variant="ghost">
          <Link href="/courses">{t("courses.filters.clear")}</Link>
        </Button>
      </div>
    </form>
  );
}
