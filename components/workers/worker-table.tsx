import Link from "next/link";
import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";

export type WorkerRow = {
  id: string;
  registrationNo: string;
  fullName: string;
  fullNameKm: string | null;
  passport: string;
  destination: string;
  sector: string;
  status: string;
  registeredOn: string;
};

export type SortLink = { href: string; active: "asc" | "desc" | null };

function SortHeader({ label, sort }: { label: string; sort: SortLink }) {
  const ariaSort = sort.active === "asc" ? "ascending" : sort.active === "desc" ? "descending" : undefined;
  return (
    <Th aria-sort={ariaSort}>
      <Link href={sort.href} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden="true">{sort.active === "asc" ? "▲" : sort.active === "desc" ? "▼" : "↕"}</span>
      </Link>
    </Th>
  );
}

export function WorkerTable({ rows, caption, sortByName, sortByRegistered }: { rows: WorkerRow[]; caption: string; sortByName: SortLink; sortByRegistered: SortLink }) {
  const t = useTranslations("worker");
  return (
    <Table data-testid="worker-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("registrationNo")}</Th>
          <SortHeader label={t("fullName")} sort={sortByName} />
          <Th>{t("passportNo")}</Th>
          <Th>{t("destinationCountry")}</Th>
          <Th>{t("sector")}</Th>
          <Th>{t("status")}</Th>
          <SortHeader label={t("registeredOn")} sort={sortByRegistered} />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td className="font-mono whitespace-nowrap">
              <Link href={`/workers/${row.id}`} className="text-blue-800 underline-offset-2 hover:underline">
                {row.registrationNo}
              </Link>
            </Td>
            <Td>
              <div>{row.fullName}</div>
              {row.fullNameKm && <div lang="km" className="text-slate-600">{row.fullNameKm}</div>}
            </Td>
            <Td className="font-mono">{row.passport}</Td>
            <Td>{row.destination}</Td>
            <Td>{row.sector}</Td>
            <Td>{row.status}</Td>
            <Td className="whitespace-nowrap">{row.registeredOn}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
