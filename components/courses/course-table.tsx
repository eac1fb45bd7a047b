import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { stacked, Table, Td, Th } from "@/components/ui/table";

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
    <Table data-testid="course-table" className={stacked.table}>
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
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.id} className={cn(stacked.row, "hover:bg-muted")}>
            <Td className={stacked.cell}>
              <Link href={`/courses/${row.id}`} className="font-medium text-link underline-offset-2 hover:underline">
                {row.title}
              </Link>
              <div className="text-muted-foreground">{row.otherTitle}</div>
            </Td>
            <Td data-label={t("field.dates")} className={cn(stacked.cell, "whitespace-nowrap")}>{row.dates}</Td>
            <Td data-label={t("field.provider")} className={stacked.cell}>
              <div>{row.provider}</div>
              <div className="text-muted-foreground">{row.place}</div>
            </Td>
            <Td data-label={t("field.places")} className={cn(stacked.cell, "whitespace-nowrap tabular-nums sm:text-right")}>{t("placesTaken", { enrolled: row.enrolled, capacity: row.capacity })}</Td>
            <Td data-label={t("field.waitlist")} className={cn(stacked.cell, "tabular-nums sm:text-right")}>{row.waitlisted}</Td>
            <Td data-label={t("field.status")} className={stacked.cell}>{row.status}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
