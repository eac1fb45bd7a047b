import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import { CountLink, numberCell } from "./count-link";

/** A number as shown and the case list it opens (null where the list cannot show that set). */
export type ReportCell = { text: string; href: string | null };
export type CaseReportLine = { key: string; label: string; cells: ReportCell[] };

/** One of the case report's tables: a line per group, its numbers each opening their cases, then the total. */
export function CaseReportTable({ caption, dimension, columns, rows, total, testId }: { caption: string; dimension: string; columns: string[]; rows: CaseReportLine[]; total: ReportCell[]; testId: string }) {
  const t = useTranslations("reports");
  const cells = (line: ReportCell[], prefix: string) =>
    line.map((cell, index) => (
      <Td key={`${prefix}-${index}`} className={numberCell}>
        <CountLink text={cell.text} href={cell.href} />
      </Td>
    ));
  return (
    <Table data-testid={testId}>
      <caption className="p-3 text-left text-sm text-muted-foreground">{caption}</caption>
      <thead>
        <tr>
          <Th>{dimension}</Th>
          {columns.map((column) => (
            <Th key={column} className="text-right">
              {column}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key}>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              {row.label}
            </th>
            {cells(row.cells, row.key)}
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-input bg-muted font-medium">
        <tr data-key="total">
          <th scope="row" className="px-3 py-2 text-left">
            {t("total")}
          </th>
          {cells(total, "total")}
        </tr>
      </tfoot>
    </Table>
  );
}
