import { useTranslations } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";
import { Table, Td, Th } from "@/components/ui/table";
import { CountLink, numberCell } from "./count-link";
import { useAppFormat } from "@/lib/i18n/use-app-format";

export type MonthLine = { month: string; deployed: number; returned: number; deployedHref: string };

/** Returns have no filter on the worker list, so only deployments open the workers they count. */
export function MonthlyTable({ caption, rows, total, digits }: { caption: string; rows: MonthLine[]; total: Omit<MonthLine, "month">; digits: Digits }) {
  const t = useTranslations("reports");
  const format = useAppFormat(digits);
  return (
    <Table data-testid="monthly-table">
      <caption className="p-3 text-left text-sm text-muted-foreground">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("month")}</Th>
          <Th className="text-right">{t("deployments")}</Th>
          <Th className="text-right">{t("returns")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.month}>
            <th scope="row" className="px-3 py-2 text-left font-normal whitespace-nowrap">
              <time dateTime={row.month}>{format.month(row.month)}</time>
            </th>
            <Td className={numberCell}>
              <CountLink text={format.count(row.deployed)} href={row.deployedHref} />
            </Td>
            <Td className={numberCell}>{format.count(row.returned)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-input bg-muted font-medium">
        <tr>
          <th scope="row" className="px-3 py-2 text-left">
            {t("total")}
          </th>
          <Td className={numberCell}>
            <CountLink text={format.count(total.deployed)} href={total.deployedHref} />
          </Td>
          <Td className={numberCell}>{format.count(total.returned)}</Td>
        </tr>
      </tfoot>
    </Table>
  );
}
