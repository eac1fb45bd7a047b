import Link from "next/link";
import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";

export type CourseRow = {
  id: string;
  title: string;
  otherTitle: string;
  dates: string;
  provider: string;
  place: string;
  enrolled: number;
  capacity: number;
  waitlisted: number;
  status: string;
};

export function CourseTable({ rows, caption }: { rows: CourseRow[]; caption: string }) {
  const t = useTranslations("courses");
  return (
    <Table data-testid="course-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("field.title")}</Th>
          <Th>{t("field.dates")}</Th>
          <Th>{t("field.provider")}</Th>
          <Th className="text-right">{t("field.places")}</Th>
          <Th className="text-right">{t("field.waitlist")}</Th>
          <Th>{t("field.status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`/courses/${row.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                {row.title}
              </Link>
              <div className="text-slate-600">{row.otherTitle}</div>
            </Td>
            <Td className="whitespace-nowrap">{row.dates}</Td>
            <Td>
              <div>{row.provider}</div>
              <div className="text-slate-600">{row.place}</div>
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{t("placesTaken", { enrolled: row.enrolled, capacity: row.capacity })}</Td>
            <Td className="text-right tabular-nums">{row.waitlisted}</Td>
            <Td>{row.status}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
