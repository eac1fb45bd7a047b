import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { stacked, Table, Td, Th } from "@/components/ui/table";

export type CaseRow = {
  id: string;
  referenceNo: string;
  status: string;
  categories: string[];
  worker: string;
  workers: number;
  office: string;
  received: string;
  officer: string;
  sensitive: boolean;
  confirmed: boolean;
  overdue: "acknowledgement" | "decision" | null;
};

export function CaseTable({ rows, caption }: { rows: CaseRow[]; caption: string }) {
  const t = useTranslations("cases");
  return (
    <Table data-testid="case-table" className={stacked.table}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("field.referenceNo")}</Th>
          <Th>{t("field.workers")}</Th>
          <Th>{t("field.categories")}</Th>
          <Th>{t("field.status")}</Th>
          <Th>{t("field.receivedAt")}</Th>
          <Th>{t("field.office")}</Th>
          <Th>{t("field.assignedOfficer")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.id} className={cn(stacked.row, "hover:bg-muted")}>
            <Td className={cn(stacked.cell, "whitespace-nowrap")}>
              <Link href={`/cases/${row.id}`} className="font-medium text-link underline-offset-2 hover:underline">
                {row.referenceNo}
              </Link>
              <div className="flex flex-wrap gap-1">
                {row.sensitive && <Badge tone="warning">{t("sensitive")}</Badge>}
                {!row.confirmed && <Badge tone="info">{t("unconfirmed")}</Badge>}
                {row.overdue && <Badge tone="danger">{t(`overdue.${row.overdue}`)}</Badge>}
              </div>
            </Td>
            <Td data-label={t("field.workers")} className={stacked.cell}>
              {row.worker}
              {row.workers > 1 && <span className="text-muted-foreground"> {t("andOthers", { count: row.workers - 1 })}</span>}
            </Td>
            <Td data-label={t("field.categories")} className={stacked.cell}>{row.categories.join(", ")}</Td>
            <Td data-label={t("field.status")} className={stacked.cell}>{row.status}</Td>
            <Td data-label={t("field.receivedAt")} className={cn(stacked.cell, "whitespace-nowrap")}>{row.received}</Td>
            <Td data-label={t("field.office")} className={stacked.cell}>{row.office}</Td>
            <Td data-label={t("field.assignedOfficer")} className={stacked.cell}>{row.officer}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
