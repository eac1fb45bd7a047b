import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { ReportPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getCourseStatistics } from "@/lib/data/courses";
import { EmptyState } from "@/components/ui/card";
import { CourseStatisticsTable } from "@/components/courses/course-statistics-table";
import { CheckedThenStreamed } from "../../checked-then-streamed";

export async function generateMetadata() {
  const t = await getTranslations("courses.statistics");
  return { title: t("title") };
}

async function CourseStatisticsPageContent() {
  const [actor, t] = await Promise.all([getActor(), getTranslations()]);
  const rows = await forPage(getCourseStatistics(actor));
  return (
    <div className="space-y-4">
      {actor && can(actor, "course.read") && (
        <p className="text-sm text-muted-foreground">
          <Link href="/courses" className="underline-offset-2 hover:underline">
            {t("courses.title")}
          </Link>
        </p>
      )}
      <h1 className="text-2xl font-semibold">{t("courses.statistics.title")}</h1>
      <p className="max-w-3xl text-sm text-muted-foreground">{t("courses.statistics.help")}</p>
      {rows.length === 0 ? <EmptyState title={t("courses.statistics.empty")} /> : <CourseStatisticsTable rows={rows} />}
    </div>
  );
}

export default function CourseStatisticsPage() {
  return (
    <CheckedThenStreamed action="course.statistics" fallback={<ReportPageSkeleton />}>
      <CourseStatisticsPageContent />
    </CheckedThenStreamed>
  );
}
