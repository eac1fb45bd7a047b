import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import { CountLink, numberCell } from "./count-link";

export type AgencyRankingLine = { id: string; name: string; cases: string; casesHref: string; workersSent: string; per1000: string };

/** Licensed agencies by complaints per thousand workers sent; each count opens the agency's cases. */
export function AgencyRankingTable({ rows }: { rows: AgencyRankingLine[] }) {
  const t = useTranslations("reports.cases.ranking");
  return (
    <Table data-testid="agency-ranking">
      <caption className="p-3 text-left text-sm text-muted-foreground">{t("caption")}</caption>
      <thead>
        <tr>
          <Th>{t("agency")}</Th>
          <Th className="text-right">{t("cases")}</Th>
          <Th className="text-right">{t("workersSent")}</Th>
          <Th className="text-right">{t("per1000")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              {row.name}
            </th>
            <Td className={numberCell}>
              <CountLink text={row.cases} href={row.casesHref} />
            </Td>
            <Td className={numberCell}>{row.workersSent}</Td>
            <Td className={numberCell}>{row.per1000}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
