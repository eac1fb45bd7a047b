import ExcelJS from "exceljs";
import km from "@/messages/km.json" with { type: "json" };
import { IMPORT_COLUMNS } from "./columns";

/** The template's two header rows: the columns' Khmer labels, then their names. */
export function templateHeaders(): string[][] {
  return [IMPORT_COLUMNS.map((column) => km.worker[column.label]), IMPORT_COLUMNS.map((column) => column.field)];
}

/** The template as a workbook; dates and numbers typed under it stay as the user typed them. */
export async function templateXlsx(headers: string[][]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Workers");
  headers.forEach((row) => sheet.addRow(row).eachCell((cell) => (cell.font = { bold: true })));
  sheet.columns.forEach((column) => {
    column.width = 22;
    // Text, so that a passport or phone number keeps its leading letters, zeros and plus sign.
    column.numFmt = "@";
  });
  sheet.views = [{ state: "frozen", ySplit: headers.length }];
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
