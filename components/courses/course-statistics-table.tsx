import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { CourseStatisticsRow } from "@/lib/data/courses";
import { COURSE_STATUSES } from "@/lib/schemas/course";

const ENROLMENT_COLUMNS = ["enrolled", "waitlisted", "completed", "withdrawn", "noShow"] as const;

/** Per post: its courses by status, then what became of the workers enrolled in them. */
export function CourseStatisticsTable({ rows }: { rows: CourseStatisticsRow[] }) {
  const t = useTranslations();
  const total = (pick: (row: CourseStatisticsRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  const cell = "text-right tabular-nums";
  return (
    <Table data-testid="course-statistics">
      <caption className="sr-only">{t("courses.statistics.caption")}</caption>
      <thead>
        <tr>
          <Th rowSpan={2}>{t("courses.statistics.post")}</Th>
          <Th colSpan={COURSE_STATUSES.length} className="text-center">
            {t("courses.statistics.courses")}
          </Th>
          <Th colSpan={ENROLMENT_COLUMNS.length} className="text-center">
            {t("courses.statistics.workers")}
          </Th>
        </tr>
        <tr>
          {COURSE_STATUSES.map((status) => (
            <Th key={status} className={cell}>
              {t(`enums.courseStatus.${status}`)}
            </Th>
          ))}
          {ENROLMENT_COLUMNS.map((column) => (
            <Th key={column} className={cell}>
              {t(`courses.statistics.${column}`)}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.postId}>
            <Th scope="row" className="bg-card font-medium">
              {row.postName}
            </Th>
            {COURSE_STATUSES.map((status) => (
              <Td key={status} className={cell}>
                {row.courses[status]}
              </Td>
            ))}
            {ENROLMENT_COLUMNS.map((column) => (
              <Td key={column} className={cell}>
                {row[column]}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
      {rows.length > 1 && (
        <tfoot className="border-t-2 border-input font-semibold">
          <tr>
            <Th scope="row" className="bg-card">
              {t("courses.statistics.total")}
            </Th>
            {COURSE_STATUSES.map((status) => (
              <Td key={status} className={cell}>
                {total((row) => row.courses[status])}
              </Td>
            ))}
            {ENROLMENT_COLUMNS.map((column) => (
              <Td key={column} className={cell}>
                {total((row) => row[column])}
              </Td>
            ))}
          </tr>
        </tfoot>
      )}
    </Table>
  );
}
