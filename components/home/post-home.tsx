import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { PostHomeData } from "@/lib/data/home";
import type { Digits } from "@/lib/i18n/digits";
import { EmptyState } from "@/components/ui/card";
import { stacked, Table, Td, Th } from "@/components/ui/table";
import { courseTitle } from "@/components/courses/course-title";
import { numberCell } from "@/components/reports/count-link";
import { useAppFormat } from "@/lib/i18n/use-app-format";
import { workersHref } from "@/components/reports/drill-down";
import { HomeSection, StatTile, tileGrid } from "./stat-tile";

/** An officer's home page: the post's workers, the records needing attention, courses to come, imports under way. */
export function PostHome({ home, postName, digits }: { home: PostHomeData; postName: string | null; digits: Digits }) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useAppFormat(digits);
  const count = ({ count, exact }: { count: number; exact: boolean }) => (exact ? format.count(count) : t("home.moreThan", { count: format.count(count) }));
  const { filters, counts, attention, courses, imports } = home;
  const needsAttention = attention.contractEnding.count + attention.missingPhone.count + attention.likelyDuplicates.count > 0;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("home.title")}</h1>
        {postName && <p className="text-sm text-muted-foreground">{postName}</p>}
      </div>

      <HomeSection id="workers-title" title={t("home.post.workersTitle")} more={{ href: "/workers", label: t("home.post.allWorkers") }}>
        <div className={tileGrid}>
          <StatTile testId="tile-deployed" label={t("home.post.deployed")} value={count(counts.deployed)} href={workersHref(filters.deployed)} />
          <StatTile testId="tile-pre-departure" label={t("home.post.preDeparture")} value={count(counts.preDeparture)} href={workersHref(filters.preDeparture)} />
          <StatTile testId="tile-returned" label={t("home.post.returnedThisMonth")} value={count(counts.returnedThisMonth)} href={workersHref(filters.returnedThisMonth)} />
        </div>
      </HomeSection>

      <HomeSection id="attention-title" title={t("home.post.attentionTitle")}>
        {needsAttention ? (
          <div className={tileGrid}>
            <StatTile
              testId="tile-contract-ending"
              label={t("home.post.contractEnding", { days: format.count(home.contractEndingDays) })}
              hint={t("home.post.contractEndingHint", { date: format.day(new Date(`${filters.contractEnding.contractEndTo}T00:00:00Z`)) })}
              value={count(attention.contractEnding)}
              href={workersHref(filters.contractEnding)}
            />
            <StatTile testId="tile-missing-phone" label={t("home.post.missingPhone")} hint={t("home.post.missingPhoneHint")} value={count(attention.missingPhone)} href={workersHref(filters.missingPhone)} />
            <StatTile
              testId="tile-likely-duplicates"
              label={t("home.post.likelyDuplicates")}
              hint={t("home.post.likelyDuplicatesHint")}
              value={count(attention.likelyDuplicates)}
              href={workersHref(filters.likelyDuplicates)}
            />
          </div>
        ) : (
          <EmptyState title={t("home.post.nothingNeedsAttention")} />
        )}
      </HomeSection>

      {courses && (
        <HomeSection
          id="courses-title"
          title={t("home.post.coursesTitle")}
          more={{ href: `/courses?from=${courses.query.from}`, label: t("home.post.allUpcomingCourses", { count: format.count(courses.total) }) }}
        >
          {courses.items.length === 0 ? (
            <EmptyState title={t("home.post.noUpcomingCourses")} />
          ) : (
            <Table className={stacked.table} data-testid="upcoming-courses">
              <thead>
                <tr>
                  <Th>{t("home.post.course")}</Th>
                  <Th>{t("home.post.courseDates")}</Th>
                  <Th>{t("worker.status")}</Th>
                  <Th className="text-right">{t("home.post.places")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {courses.items.map((course) => (
                  <tr key={course.id} className={stacked.row}>
                    <Td className={stacked.cell} data-label={t("home.post.course")}>
                      <Link href={`/courses/${course.id}`} className="text-link underline underline-offset-2">
                        {courseTitle(locale, course)}
                      </Link>
                    </Td>
                    <Td className={stacked.cell} data-label={t("home.post.courseDates")}>
                      {format.day(course.startsOn)} – {format.day(course.endsOn)}
                    </Td>
                    <Td className={stacked.cell} data-label={t("worker.status")}>
                      {t(`enums.courseStatus.${course.status}`)}
                    </Td>
                    <Td className={`${stacked.cell} ${numberCell}`} data-label={t("home.post.places")}>
                      {format.count(course.enrolled)} / {format.count(course.capacity)}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </HomeSection>
      )}

      {imports && (
        <HomeSection id="imports-title" title={t("home.post.importsTitle")} more={{ href: "/imports", label: t("home.post.allImports") }}>
          {imports.items.length === 0 ? (
            <EmptyState title={t("home.post.noOpenImports")} />
          ) : (
            <ul className="divide-y divide-border rounded-lg border border-border bg-card" data-testid="open-imports">
              {imports.items.map((job) => (
                <li key={job.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                  <Link href={`/imports/${job.id}`} className="break-all text-link underline underline-offset-2">
                    {job.fileName}
                  </Link>
                  <span className="text-muted-foreground">
                    {t(`imports.status.${job.status}`)} · {t("home.post.importProgress", { percent: format.percent(job.progress) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </HomeSection>
      )}
    </div>
  );
}
