import ExcelJS from "exceljs";
import { csvRow } from "@/lib/csv";
import type { ColumnKind, ExportCell, ReportFile } from "@/lib/report-export";

function csvValue(kind: ColumnKind, value: ExportCell): string | number | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A CSV has no cell formats: a share or coverage is written as the percentage it reads as,
  // to four decimals so that a coverage far below 1 % is not rounded to nothing.
  if (kind === "percent" && typeof value === "number") return Number((value * 100).toFixed(4));
  return value;
}

/**
 * The file as CSV: UTF-8 with a BOM so spreadsheets read Khmer; the tables one after the other,
 * each after the first introduced by its name on a line of its own.
 */
export function reportCsv(file: ReportFile): string {
  const parts = file.tables.map((table, index) => {
    const lines = [csvRow(table.columns.map((c) => (c.kind === "percent" ? `${c.header} (%)` : c.header))), ...table.rows.map((row) => csvRow(row.map((cell, i) => csvValue(table.columns[i].kind, cell))))];
    return (index === 0 ? "" : `\r\n${csvRow([table.name])}`) + lines.join("");
  });
  return `\uFEFF${parts.join("")}`;
}

const numberFormats: Partial<Record<ColumnKind, string>> = { count: "#,##0", percent: "0.00%", date: "yyyy-mm-dd", tenths: "#,##0.0", amount: "#,##0.00" };

/**
 * The app's own font for every cell, as on screen and in the PDFs: a spreadsheet cannot embed it,
 * but where Noto Sans Khmer is installed Khmer reads the same, and elsewhere Excel substitutes.
 */
export const SHEET_FONT = "Noto Sans Khmer";

/** Excel refuses sheet names longer than 31 characters or holding any of []:*?/\ . */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
}

/** The file as an XLSX workbook: one sheet per table, numbers and dates as typed cells. */
export async function reportXlsx(file: ReportFile): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  for (const table of file.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: Math.max(12, Math.min(60, column.header.length + 4)),
      style: { font: { name: SHEET_FONT }, ...(numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] } : {}) },
    }));
    sheet.getRow(1).font = { name: SHEET_FONT, bold: true };
    for (const row of table.rows) sheet.addRow(row);
  }
  // Typed as an ArrayBuffer, a Node Buffer at run time: copied into an array of its own.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
