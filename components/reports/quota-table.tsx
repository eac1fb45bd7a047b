import { useTranslations } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";
import { Table, Td, Th } from "@/components/ui/table";
import { CountLink, numberCell } from "./count-link";
import { useAppFormat } from "@/lib/i18n/use-app-format";

export type QuotaLine = { country: string; name: string; quota: number | null; deployed: number; deployedHref: string; utilisation: number | null };

export function QuotaTable({ year, rows, digits }: { year: number; rows: QuotaLine[]; digits: Digits }) {
  const t = useTranslations("reports");
  const format = useAppFormat(digits);
  return (
    <Table data-testid="quota-table">
      <caption className="p-3 text-left text-sm text-muted-foreground">{t("quotas.caption", { year: format.year(year) })}</caption>
      <thead>
        <tr>
          <Th>{t("destination")}</Th>
          <Th className="text-right">{t("quotas.quota")}</Th>
          <Th className="text-right">{t("quotas.deployed", { year: format.year(year) })}</Th>
          <Th className="text-right">{t("quotas.utilisation")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.country} data-testid={`quota-${row.country}`}>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              {row.name}
            </th>
            <Td className={numberCell}>{row.quota === null ? <span className="text-muted-foreground">{t("quotas.none")}</span> : format.count(row.quota)}</Td>
            <Td className={numberCell}>
              <CountLink text={format.count(row.deployed)} href={row.deployedHref} />
            </Td>
            <Td className={numberCell}>{format.percent(row.utilisation)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
