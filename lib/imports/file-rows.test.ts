import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CsvRow } from "@/lib/csv";
import { detectDelimiter, detectFormat, fileRows, ImportFileProblem } from "./file-rows";
import { templateHeaders } from "./template";

async function rowsOf(format: "CSV" | "XLSX", pieces: Uint8Array[]): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const batch of fileRows(format, pieces)) rows.push(...batch);
  return rows;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("detectFormat", () => {
  it.each([
    ["register.csv", bytes("passport_no,full_name"), "CSV"],
    ["REGISTER.CSV", bytes("\uFEFFpassport_no"), "CSV"],
    ["register.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), "XLSX"],
    ["register.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), null],
    ["register.xlsx", bytes("passport_no"), null],
    ["register.csv", new Uint8Array([0xff, 0xfe, 0x70, 0]), null],
    ["register.pdf", bytes("%PDF-1.7"), null],
  ])("%s starting with %j is %s", (name, head, format) => expect(detectFormat(name, head)).toBe(format));
});

describe("reading a CSV file", () => {
  it("takes a header written with semicolons or tabs, as some spreadsheets save", () => {
    expect(detectDelimiter("passport_no;full_name")).toBe(";");
    expect(detectDelimiter("passport_no\tfull_name")).toBe("\t");
    expect(detectDelimiter("passport_no,full_name;x")).toBe(",");
  });

  it("decodes UTF-8 cut anywhere, Khmer included, and drops the BOM", async () => {
    const text = "\uFEFFname;full_name_km\r\nSOK DARA;សុខ ដារ៉ា\r\n";
    const encoded = bytes(text);
    // Cut in the middle of a Khmer character's bytes.
    const cut = encoded.indexOf(0xe1, 30) + 1;
    expect(await rowsOf("CSV", [encoded.slice(0, cut), encoded.slice(cut)])).toEqual([
      { line: 1, cells: ["name", "full_name_km"] },
      { line: 2, cells: ["SOK DARA", "សុខ ដារ៉ា"] },
    ]);
  });

  it("refuses text that is not UTF-8", async () => {
    const latin1 = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x74, 0xe9, 0x0a]);
    await expect(rowsOf("CSV", [latin1])).rejects.toEqual(new ImportFileProblem("imports.errors.encoding"));
  });
});

describe("reading an XLSX file", () => {
  it("streams the first sheet's rows: Khmer and English headers, dates, numbers, rich text and formulas as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Workers");
    const [khmer, english] = templateHeaders();
    sheet.addRow(khmer);
    sheet.addRow(english);
    sheet.addRow([]);
    const row = sheet.addRow(["", "N0123456", "SOK DARA", "សុខ ដារ៉ា", "F", new Date(Date.UTC(1994, 2, 15)), 66812345678]);
    row.getCell(8).value = { richText: [{ text: "Prey " }, { text: "Veng", font: { bold: true } }] };
    row.getCell(9).value = { formula: 'UPPER("th")', result: "TH" };
    workbook.addWorksheet("Notes").addRow(["not a worker"]);
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());

    const rows = await rowsOf("XLSX", [buffer.slice(0, 1000), buffer.slice(1000)]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(rows[0].cells).toEqual(khmer);
    expect(rows[1].cells).toEqual(english);
    expect(rows[2].cells).toEqual(["", "N0123456", "SOK DARA", "សុខ ដារ៉ា", "F", "1994-03-15", "66812345678", "Prey Veng", "TH"]);
  });

  it("refuses a file that is no workbook", async () => {
    await expect(rowsOf("XLSX", [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])])).rejects.toBeInstanceOf(ImportFileProblem);
  });
});
