import { useTranslations } from "next-intl";
import type { Digits } from "@/lib/i18n/digits";
import type { ReferenceBasis } from "@/lib/reports-math";
import { Table, Td, Th } from "@/components/ui/table";
import { CountLink, numberCell } from "./count-link";
import type { AppFormat } from "@/lib/i18n/format";
import { useAppFormat } from "@/lib/i18n/use-app-format";

/** `asOf` is null for a sum of several sources' figures, which describe different days. */
type FigureCells = { sourceId: string; title: string; asOf: Date | null; workers: number; gap: number; coverage: number | null };
/** A destination's figures: its reference figure (if any) first, on what basis, then the others for comparison. */
export type DestinationLine = {
  country: string;
  name: string;
  registered: number;
  registeredHref: string;
  reference: (FigureCells & { basis: ReferenceBasis }) | null;
  comparisons: FigureCells[];
};
/** A line of the table's foot, named: all destinations against their reference figures, or one source's total. */
export type TotalLine = { key: string; label: string; registered: number; registeredHref: string | null; figure: FigureCells | null };

function Figure({ figure, role, format }: { figure: FigureCells | null; role: React.ReactNode; format: AppFormat }) {
  const t = useTranslations("reports");
  if (!figure) {
    return (
      <Td colSpan={5} className="text-muted-foreground">
        {t("reference.none")}
      </Td>
    );
  }
  return (
    <>
      <Td>
        {figure.title}
        {role && <div className="text-xs text-muted-foreground">{role}</div>}
      </Td>
      <Td className="whitespace-nowrap">{figure.asOf ? format.day(figure.asOf) : "—"}</Td>
      <Td className={numberCell}>{format.count(figure.workers)}</Td>
      <Td className={numberCell}>{format.gap(figure.gap)}</Td>
      <Td className={numberCell}>{format.percent(figure.coverage)}</Td>
    </>
  );
}

/**
 * Registered workers beside each destination's reference figure, then every other published figure
 * for the same destination as a comparison. Each destination is a row group of its own (one line
 * per figure), so its name and count head all its lines.
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
        const lines: { figure: FigureCells | null; role: React.ReactNode; testId: string }[] = [
          {
            figure: row.reference,
            role: row.reference && (
              <>
                <strong className="font-semibold text-foreground">{t("reference.label")}</strong> · {t(`reference.basis.${row.reference.basis}`)}
              </>
            ),
            testId: `reference-${row.country}`,
          },
          ...row.comparisons.map((figure) => ({ figure, role: t("reference.comparison"), testId: `comparison-${row.country}-${figure.sourceId}` })),
        ];
        return (
          <tbody key={row.country} data-testid={`destination-${row.country}`} className="border-t border-border">
            {lines.map((line, index) => (
              <tr key={line.testId} data-testid={line.testId}>
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
                <Figure figure={line.figure} role={line.role} format={format} />
              </tr>
            ))}
          </tbody>
        );
      })}
      <tfoot className="border-t-2 border-input bg-muted font-medium" data-testid="reconciliation-total">
        {totals.map((line) => (
          <tr key={line.key} data-testid={`total-${line.key}`}>
            <th scope="row" className="px-3 py-2 text-left align-top">
              {line.label}
            </th>
            <Td className={numberCell}>
              <CountLink text={format.count(line.registered)} href={line.registeredHref} />
            </Td>
            <Figure figure={line.figure} role={null} format={format} />
          </tr>
        ))}
      </tfoot>
    </Table>
  );
}
