import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";

export type ImportRow = { id: string; fileName: string; kind: string; post: string; status: string; result: string; uploadedOn: string };

/** The imports list; labels come translated from the page. */
export function ImportTable({ caption, headings, rows }: { caption: string; headings: Record<"file" | "kind" | "post" | "status" | "result" | "startedOn", string>; rows: ImportRow[] }) {
  return (
    <Table data-testid="import-list">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{headings.file}</Th>
          <Th>{headings.kind}</Th>
          <Th>{headings.post}</Th>
          <Th>{headings.status}</Th>
          <Th>{headings.result}</Th>
          <Th>{headings.startedOn}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>
              <Link href={`/imports/${row.id}`} className="text-link underline">
                {row.fileName}
              </Link>
            </Td>
            <Td>{row.kind}</Td>
            <Td>{row.post}</Td>
            <Td>{row.status}</Td>
            <Td className="tabular-nums">{row.result}</Td>
            <Td className="whitespace-nowrap">{row.uploadedOn}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
