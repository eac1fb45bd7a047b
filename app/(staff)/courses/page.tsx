import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listCourses } from "@/lib/data/courses";
import { AppError } from "@/lib/errors";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/table";
import { CourseFilters } from "@/components/courses/course-filters";
import { CourseTable } from "@/components/courses/course-table";
import { courseTitle } from "@/components/courses/course-title";
import { listHref } from "@/components/workers/list-href";
import { Notice } from "@/components/ui/notice";
import { CheckedThenStreamed } from "../checked-then-streamed";

const QUERY_KEYS = ["q", "status", "from", "to", "page"] as const;

export async function generateMetadata() {
  const t = await getTranslations("courses");
  return { title: t("title") };
}

async function CoursesPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, format, locale] = await Promise.all([getActor(), searchParams, getTranslations(), getAppFormat(), getLocale()]);
  const all = searchParamsToQuery(params);
  const values = Object.fromEntries(QUERY_KEYS.flatMap((key) => (all[key] ? [[key, all[key]]] : []))) as Record<string, string>;
  const filters = <CourseFilters key={JSON.stringify(values)} values={values} />;
  const canManage = actor ? can(actor, "course.manage") : false;

  const header = (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-semibold">{t("courses.title")}</h1>
      <div className="flex flex-wrap gap-2">
        {actor && can(actor, "course.statistics") && (
          <Button asChild variant="secondary">
            <Link href="/courses/statistics">{t("courses.statistics.link")}</Link>
          </Button>
        )}
        {canManage && (
          <Button asChild>
            <Link href="/courses/new">{t("courses.new")}</Link>
          </Button>
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
        <Notice role="alert" tone="error">
          {t("courses.filters.invalid")}
        </Notice>
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
      <p className="text-sm text-muted-foreground" data-testid="course-count" aria-live="polite">
        {t("courses.count", { count: total })}
      </p>
      {items.length === 0 ? (
        <EmptyState title={filtered ? t("courses.noMatch") : t("courses.empty")}>
          {canManage && !filtered && (
            <Link href="/courses/new" className="text-link underline">
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
        <Pagination
          label={t("courses.pages.label")}
          previous={page > 1 ? { href: listHref("/courses", values, { page: String(page - 1) }), label: t("courses.pages.previous") } : undefined}
          position={t("courses.pages.position", { page, pages })}
          next={page < pages ? { href: listHref("/courses", values, { page: String(page + 1) }), label: t("courses.pages.next") } : undefined}
        />
      )}
    </div>
  );
}

export default async function CoursesPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  // Ministry staff follow the courses through the statistics only.
  if (actor && !can(actor, "course.read") && can(actor, "course.statistics")) redirect("/courses/statistics");
  return (
    <CheckedThenStreamed action="course.read" fallback={<ListPageSkeleton />}>
      <CoursesPageContent {...props} />
    </CheckedThenStreamed>
  );
}
