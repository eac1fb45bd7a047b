import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listCourses } from "@/lib/data/courses";
import { AppError } from "@/lib/errors";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { CourseFilters } from "@/components/courses/course-filters";
import { CourseTable } from "@/components/courses/course-table";
import { courseTitle } from "@/components/courses/course-title";
import { listHref } from "@/components/workers/list-href";

const QUERY_KEYS = ["q", "status", "from", "to", "page"] as const;

export async function generateMetadata() {
  const t = await getTranslations("courses");
  return { title: t("title") };
}

export default async function CoursesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, format, locale] = await Promise.all([getActor(), searchParams, getTranslations(), getAppFormat(), getLocale()]);
  // Ministry staff follow the courses through the statistics only.
  if (actor && !can(actor, "course.read") && can(actor, "course.statistics")) redirect("/courses/statistics");
  const all = searchParamsToQuery(params);
  const values = Object.fromEntries(QUERY_KEYS.flatMap((key) => (all[key] ? [[key, all[key]]] : []))) as Record<string, string>;
  const filters = <CourseFilters key={JSON.stringify(values)} values={values} />;
  const canManage = actor ? can(actor, "course.manage") : false;

  const header = (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-semibold">{t("courses.title")}</h1>
      <div className="flex flex-wrap gap-2">
        {actor && can(actor, "course.statistics") && (
          <Link href="/courses/statistics" className={buttonClass("secondary")}>
            {t("courses.statistics.link")}
          </Link>
        )}
        {canManage && (
          <Link href="/courses/new" className={buttonClass()}>
            {t("courses.new")}
          </Link>
        )}
      </div>
    </div>
  );

  let list;
  try {
    list = await forPage(listCourses(actor, values));
  } catch (error) {
    if (!(error instanceof AppError && error.code === "VALIDATION")) throw error;
    return (
      <div className="space-y-4">
        {header}
        {filters}
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {t("courses.filters.invalid")}
        </p>
      </div>
    );
  }
  const { items, total, page, pageSize } = list;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filtered = Boolean(values.q || values.status || values.from || values.to);

  return (
    <div className="space-y-4">
      {header}
      {filters}
      <p className="text-sm text-slate-700" data-testid="course-count" aria-live="polite">
        {t("courses.count", { count: total })}
      </p>
      {items.length === 0 ? (
        <EmptyState title={filtered ? t("courses.noMatch") : t("courses.empty")}>
          {canManage && !filtered && (
            <Link href="/courses/new" className="text-blue-800 underline">
              {t("courses.new")}
            </Link>
          )}
        </EmptyState>
      ) : (
        <CourseTable
          caption={t("courses.caption")}
          rows={items.map((course) => ({
            id: course.id,
            title: courseTitle(locale, course),
            otherTitle: courseTitle(locale === "km" ? "en" : "km", course),
            dates: format.days(course.startsOn, course.endsOn),
            provider: course.provider,
            place: course.place,
            // Completed workers kept their place to the end: they count against the capacity.
            enrolled: course.enrolled + course.completed,
            capacity: course.capacity,
            waitlisted: course.waitlisted,
            status: t(`enums.courseStatus.${course.status}`),
          }))}
        />
      )}
      {pages > 1 && (
        <nav aria-label={t("courses.pages.label")} className="flex flex-wrap items-center gap-3">
          {page > 1 && (
            <Link href={listHref("/courses", values, { page: String(page - 1) })} className={buttonClass("secondary")}>
              {t("courses.pages.previous")}
            </Link>
          )}
          <span className="text-sm text-slate-700">{t("courses.pages.position", { page, pages })}</span>
          {page < pages && (
            <Link href={listHref("/courses", values, { page: String(page + 1) })} className={buttonClass("secondary")}>
              {t("courses.pages.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
