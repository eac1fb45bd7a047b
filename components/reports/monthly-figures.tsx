import type { Digits } from "@/lib/i18n/digits";
import { MonthlyChart } from "./monthly-chart";
import { MonthlyTable, type MonthLine } from "./monthly-table";
import { useAppFormat } from "@/lib/i18n/use-app-format";

/** The monthly series as a chart and, beside it, the table that holds the same figures. */
export function MonthlyFigures({ caption, rows, total, digits }: { caption: string; rows: MonthLine[]; total: Omit<MonthLine, "month">; digits: Digits }) {
  const format = useAppFormat(digits);
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2">
      <MonthlyChart label={caption} data={rows.map((row) => ({ month: format.month(row.month), deployed: row.deployed, returned: row.returned }))} digits={digits} />
      <MonthlyTable caption={caption} rows={rows} total={total} digits={digits} />
    </div>
  );
}
