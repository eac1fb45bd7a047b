import { useTranslations } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";
import { shareOf } from "@/lib/reports-math";
import { Table, Td, Th } from "@/components/ui/table";
import { CountLink, numberCell } from "./count-link";
import { useAppFormat } from "@/lib/i18n/use-app-format";

export type BreakdownLine = { key: string; label: string; workers: number; share: number | null; href: string };

export function BreakdownTable({ caption, dimension, rows, total, digits }: { caption: string; dimension: string; rows: BreakdownLine[]; total: { workers: number; href: string }; digits: Digits }) {
  const t = useTranslations("reports");
  const format = useAppFormat(digits);
  return (
    <Table data-testid="breakdown-table">
      <caption className="p-3 text-left text-sm text-muted-foreground">{caption}</caption>
      <thead>
        <tr>
          <Th>{dimension}</Th>
          <Th className="text-right">{t("workers")}</Th>
          <Th className="text-right">{t("share")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              {row.label}
            </th>
            <Td className={numberCell}>
              <CountLink text={format.count(row.workers)} href={row.href} />
            </Td>
            <Td className={numberCell}>{format.percent(row.share)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-input bg-muted font-medium">
        <tr>
          <th scope="row" className="px-3 py-2 text-left">
            {t("total")}
          </th>
          <Td className={numberCell} data-testid="breakdown-total">
            <CountLink text={format.count(total.workers)} href={total.href} />
          </Td>
          <Td className={numberCell}>{format.percent(shareOf(total.workers, total.workers))}</Td>
        </tr>
      </tfoot>
    </Table>
  );
}
