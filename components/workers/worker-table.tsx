import Link from "next/link";
import { useTranslations } from "next-intl";
import { SortableTh, Table, Td, Th, Tr, type SortLink } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";

export type WorkerRow = {
  id: string;
  registrationNo: string;
  fullName: string;
  fullNameKm: string | null;
  passportMasked: string;
  destination: string;
  sector: string;
  status: string;
  registeredOn: string;
};

export function WorkerTable({ rows, caption, sortByName, sortByRegistered }: { rows: WorkerRow[]; caption: string; sortByName: SortLink; sortByRegistered: SortLink }) {
  const t = useTranslations("worker");
  return (
    <Table data-testid="worker-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("registrationNo")}</Th>
          <SortableTh label={t("fullName")} sort={sortByName} />
          <Th>{t("passportMasked")}</Th>
          <Th>{t("destinationCountry")}</Th>
          <Th>{t("sector")}</Th>
          <Th>{t("status")}</Th>
          <SortableTh label={t("registeredOn")} sort={sortByRegistered} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td className="font-mono whitespace-nowrap">
              <Link href={`/workers/${row.id}`} className="text-link underline-offset-2 hover:underline">
                {row.registrationNo}
              </Link>
            </Td>
            <Td>
              <div>{row.fullName}</div>
              {row.fullNameKm && <div lang="km" className="text-muted-foreground">{row.fullNameKm}</div>}
            </Td>
            <Td className="font-mono">{row.passportMasked}</Td>
            <Td>{row.destination}</Td>
            <Td>{row.sector}</Td>
            <Td>
              <Badge>{row.status}</Badge>
            </Td>
            <Td className="whitespace-nowrap">{row.registeredOn}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
