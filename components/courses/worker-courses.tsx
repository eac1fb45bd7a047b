import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

export type WorkerCourseRow = { enrolmentId: string; courseId: string; title: string; dates: string; status: string; certificateNo: string | null; certificateRevoked: boolean };

/** The courses on a worker's record: where they took (or waited for) a place, and any certificate. */
export function WorkerCourses({ rows }: { rows: WorkerCourseRow[] }) {
  const t = useTranslations("courses.workerCourses");
  if (rows.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <Table data-testid="worker-courses">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <Th>{t("course")}</Th>
          <Th>{t("dates")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("certificate")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.enrolmentId}>
            <Td>
              <Link href={`/courses/${row.courseId}`} className="text-link underline-offset-2 hover:underline">
                {row.title}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{row.dates}</Td>
            <Td>{row.status}</Td>
            <Td className="font-mono whitespace-nowrap">
              {row.certificateNo ? (
                <Link href={`/certificates/${row.enrolmentId}`} className="text-link underline-offset-2 hover:underline">
                  {row.certificateNo}
                </Link>
              ) : (
                "—"
              )}
              {row.certificateRevoked && <span className="ms-2 font-sans text-destructive">({t("revoked")})</span>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
