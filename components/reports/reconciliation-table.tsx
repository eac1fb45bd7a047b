import { useTranslations } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";
import { Table, Td, Th } from "@/components/ui/table";
import { CountLink, numberCell } from "./count-link";
import type { AppFormat } from "@/lib/i18n/format";
import { useAppFormat } from "@/lib/i18n/use-app-format";

type FigureCells = { sourceId: string; title: string; asOf: Date; workers: number; gap: number; coverage: number | null };
export type DestinationLine = { country: string; name: string; registered: number; registeredHref: string; figures: FigureCells[] };
export type TotalLine = { registered: number; registeredHref: string | null; figure: FigureCells | null };

function Figure({ figure, format }: { figure: FigureCells | null; format: AppFormat }) {
  const t = useTranslations("reports");
  if (!figure) {
    return (
      <Td colSpan={5} className="text-muted-foreground">
        {t("destinations.noFigure")}
      </Td>
    );
  }
  return (
    <>
      <Td>{figure.title}</Td>
      <Td className="whitespace-nowrap">{format.day(figure.asOf)}</Td>
      <Td className={numberCell}>{format.count(figure.workers)}</Td>
      <Td className={numberCell}>{format.gap(figure.gap)}</Td>
      <Td className={numberCell}>{format.percent(figure.coverage)}</Td>
    </>
  );
}

/**
 * Registered workers beside every published figure for the same destination. Each destination is
 * a row group of its own (one line per figure), so its name and count head all its lines.
 */
export function ReconciliationTable({ caption, rows, totals, digits }: { caption: string; rows: DestinationLine[]; totals: TotalLine[]; digits: Digits }) {
  const t = useTranslations("reports");
  const format = useAppFormat(digits);
  return (
    <Table data-testid="reconciliation">
      <caption className="p-3 text-left text-sm text-muted-foreground">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("destination")}</Th>
          <Th className="text-right">{t("registered")}</Th>
          <Th>{t("source")}</Th>
          <Th>{t("sourceAsOf")}</Th>
          <Th className="text-right">{t("published")}</Th>
          <Th className="text-right">{t("gap")}</Th>
          <Th className="text-right">{t("coverage")}</Th>
        </tr>
      </thead>
      {rows.map((row) => {
        const lines = row.figures.length ? row.figures : [null];
        return (
          <tbody key={row.country} data-testid={`destination-${row.country}`} className="border-t border-border">
            {lines.map((figure, index) => (
              <tr key={figure?.sourceId ?? "none"}>
                {index === 0 && (
                  <>
                    <th scope="rowgroup" rowSpan={lines.length} className="px-3 py-2 text-left align-top font-medium">
                      {row.name}
                    </th>
                    <Td rowSpan={lines.length} className={numberCell} data-testid={`registered-${row.country}`}>
                      <CountLink text={format.count(row.registered)} href={row.registeredHref} />
                    </Td>
                  </>
                )}
                <Figure figure={figure} format={format} />
              </tr>
            ))}
          </tbody>
        );
      })}
      <tfoot className="border-t-2 border-input bg-muted font-medium" data-testid="reconciliation-total">
        {totals.map((line, index) => (
          <tr key={line.figure?.sourceId ?? "none"}>
            {index === 0 && (
              <th scope="rowgroup" rowSpan={totals.length} className="px-3 py-2 text-left align-top">
                {t("total")}
              </th>
            )}
            <Td className={numberCell}>
              <CountLink text={format.count(line.registered)} href={line.registeredHref} />
            </Td>
            <Figure figure={line.figure} format={format} />
          </tr>
        ))}
      </tfoot>
    </Table>
  );
}
