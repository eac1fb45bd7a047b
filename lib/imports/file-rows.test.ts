import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CsvRow } from "@/lib/csv-records";
import { cell, deflated, deflatedRepeats, SHARED_HEAD, SHEET_HEAD, SHEET_TAIL, sheetXml, workbookEntries, zip, type ZipEntry } from "@/lib/test/hostile-workbooks";
import { ImportFileProblem, type ImportFailure } from "./file-problem";
import { detectDelimiter, detectFormat, fileRows } from "./file-rows";
import { memorySource } from "./file-source";
import { READ_BOUNDS } from "./read-bounds";
import { templateHeaders } from "./template";

async function rowsOf(format: "CSV" | "XLSX", bytes: Uint8Array): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const batch of fileRows(format, memorySource(bytes))) rows.push(...batch);
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

  it("decodes UTF-8 cut between two pieces inside a Khmer character, and drops the BOM", async () => {
    const header = bytes("\uFEFFname;full_name_km\r\n");
    // Rows of padding, so that the file's first megabyte (one piece) ends after the first byte of "ស".
    const padding: string[] = [];
    for (let left = (1 << 20) - header.length - "SOK DARA;".length - 1; left > 0; left -= padding.at(-1)!.length) {
      padding.push(`p;${"x".repeat((left >= 30_006 ? 30_000 : left) - 3)}\n`);
    }
    const text = new Uint8Array([...header, ...bytes(padding.join("")), ...bytes("SOK DARA;សុខ ដារ៉ា\r\n")]);
    expect(text[(1 << 20) - 1]).toBe(0xe1);
    const rows = await rowsOf("CSV", text);
    expect(rows[0]).toEqual({ line: 1, cells: ["name", "full_name_km"] });
    expect(rows.at(-1)).toEqual({ line: 2 + padding.length, cells: ["SOK DARA", "សុខ ដារ៉ា"] });
  });

  it("refuses text that is not UTF-8", async () => {
    const latin1 = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x74, 0xe9, 0x0a]);
    await expect(rowsOf("CSV", latin1)).rejects.toEqual(new ImportFileProblem("encoding"));
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

    const rows = await rowsOf("XLSX", buffer);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(rows[0].cells).toEqual(khmer);
    expect(rows[1].cells).toEqual(english);
    expect(rows[2].cells).toEqual(["", "N0123456", "SOK DARA", "សុខ ដារ៉ា", "F", "1994-03-15", "66812345678", "Prey Veng", "TH"]);
  });

  it("refuses a file that is no workbook", async () => {
    await expect(rowsOf("XLSX", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toBeInstanceOf(ImportFileProblem);
  });
});

const MIB = 1 << 20;
const problem = (code: ImportFailure, values: Record<string, string | number> = {}) => new ImportFileProblem(code, values);
const HEADER_ROW = `<row r="1">${cell("A1", "passport_no")}${cell("B1", "full_name")}</row>`;
const workbook = (sheet: string | ReturnType<typeof deflated>, extra: ZipEntry[] = []) =>
  zip([...workbookEntries(typeof sheet === "string" ? deflated(sheetXml(sheet)) : sheet), ...extra]);

describe("a workbook built by hand is read", () => {
  it("as the spreadsheet reader reads it, so that what the hostile ones fail on is their excess alone", async () => {
    const rows = await rowsOf("XLSX", workbook(`${HEADER_ROW}<row r="2">${cell("A2", "N0123456")}${cell("B2", "SOK DARA")}</row>`));
    expect(rows).toEqual([
      { line: 1, cells: ["passport_no", "full_name"] },
      { line: 2, cells: ["N0123456", "SOK DARA"] },
    ]);
  });

  it("with its sizes in descriptors after the data, as some writers put them", async () => {
    const entries = workbookEntries(deflated(sheetXml(HEADER_ROW))).map((entry) => ({ ...entry, descriptor: true }));
    expect(await rowsOf("XLSX", zip(entries))).toEqual([{ line: 1, cells: ["passport_no", "full_name"] }]);
  });
});

describe("hostile workbooks fail on the bound they pass, before anything is parsed", () => {
  it("shared strings that expand past their bound (a bomb of a few hundred kilobytes)", async () => {
    const strings = Buffer.from("<si><t>SOK DARA SOK DARA SOK DARA</t></si>".repeat(MIB / 41));
    const sharedStrings = deflatedRepeats([{ bytes: Buffer.from(SHARED_HEAD), times: 1 }, { bytes: strings, times: READ_BOUNDS.sharedStringsMB + 2 }, { bytes: Buffer.from("</sst>"), times: 1 }]);
    expect(sharedStrings.deflated.length).toBeLessThan(2 * MIB);
    const bytes = zip(workbookEntries(deflated(sheetXml(HEADER_ROW)), sharedStrings));
    await expect(rowsOf("XLSX", bytes)).rejects.toEqual(problem("sharedStringsTooLarge", { mb: READ_BOUNDS.sharedStringsMB }));
  });

  it("an archive that expands past the total bound, in an entry no reader parses", async () => {
    const media = deflatedRepeats([{ bytes: Buffer.alloc(MIB), times: READ_BOUNDS.expandedMB + 1 }]);
    const bytes = workbook(HEADER_ROW, [{ name: "xl/media/image1.png", content: media }]);
    expect(bytes.length).toBeLessThan(3 * MIB);
    await expect(rowsOf("XLSX", bytes)).rejects.toEqual(problem("expandsTooMuch", { mb: READ_BOUNDS.expandedMB }));
  });

  it("one huge row", async () => {
    const wide = Array.from({ length: 200 }, (_, i) => cell(`A${i}`.replace(/A\d+/, columnName(i + 1) + "2"), "x".repeat(8_000))).join("");
    await expect(rowsOf("XLSX", workbook(`${HEADER_ROW}<row r="2">${wide}</row>`))).rejects.toEqual(problem("rowTooLarge", { kb: READ_BOUNDS.rowXmlBytes / 1024 }));
  });

  it("millions of empty cells in a row, and one cell placed in the last column", async () => {
    const empty = deflatedRepeats([
      { bytes: Buffer.from(`${SHEET_HEAD}${HEADER_ROW}<row r="2">`), times: 1 },
      { bytes: Buffer.from("<c/>".repeat(250_000)), times: 8 },
      { bytes: Buffer.from(`</row>${SHEET_TAIL}`), times: 1 },
    ]);
    const tooMany = problem("tooManyColumns", { columns: READ_BOUNDS.columns });
    await expect(rowsOf("XLSX", workbook(empty))).rejects.toEqual(tooMany);
    await expect(rowsOf("XLSX", workbook(`${HEADER_ROW}<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>`))).rejects.toEqual(tooMany);
  });

  it("more rows than a register has", async () => {
    const rows = deflatedRepeats([
      { bytes: Buffer.from(`${SHEET_HEAD}${HEADER_ROW}`), times: 1 },
      { bytes: Buffer.from("<row/>".repeat(100_000)), times: READ_BOUNDS.rows / 100_000 + 1 },
      { bytes: Buffer.from(SHEET_TAIL), times: 1 },
    ]);
    await expect(rowsOf("XLSX", workbook(rows))).rejects.toEqual(problem("tooManyRows", { rows: READ_BOUNDS.rows }));
  });

  it("deep XML nesting", async () => {
    const deep = `${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>`.replace("<t>x</t>", `${"<r>".repeat(100_000)}${"</r>".repeat(100_000)}`);
    await expect(rowsOf("XLSX", workbook(deep))).rejects.toEqual(problem("nestedTooDeep", { depth: READ_BOUNDS.xmlDepth }));
  });

  it("a document type, whose entities could expand a few bytes into gigabytes", async () => {
    const laughs = deflated(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1">${cell("A1", "&b;")}</row></sheetData></worksheet>`);
    await expect(rowsOf("XLSX", workbook(laughs))).rejects.toEqual(problem("unreadable"));
  });

  it("an archive of thousands of entries", async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({ name: `xl/media/${i}.bin`, content: deflated("x") }));
    await expect(rowsOf("XLSX", workbook(HEADER_ROW, many))).rejects.toEqual(problem("tooManyEntries", { entries: READ_BOUNDS.entries }));
  });

  it("more worksheets than a workbook needs", async () => {
    const sheets = Array.from({ length: READ_BOUNDS.sheets + 1 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 2}.xml`, content: deflated(sheetXml("")) }));
    await expect(rowsOf("XLSX", workbook(HEADER_ROW, sheets))).rejects.toEqual(problem("tooManySheets", { sheets: READ_BOUNDS.sheets }));
  });

  it("an entry whose declared size lies, a header that disagrees with the directory, and data hidden from the directory", async () => {
    const unreadable = problem("unreadable");
    const sheet = deflated(sheetXml(`${HEADER_ROW}${"<row/>".repeat(10_000)}`));
    const lying = workbookEntries(sheet).map((entry) => (entry.name.includes("sheet1") ? { ...entry, declaredSize: 100 } : entry));
    await expect(rowsOf("XLSX", zip(lying))).rejects.toEqual(unreadable);

    const good = zip(workbookEntries(sheet));
    const disagreeing = Buffer.from(good);
    // The first local header's uncompressed size (offset 22) no longer matches the directory's.
    disagreeing.writeUInt32LE(disagreeing.readUInt32LE(22) + 1, 22);
    await expect(rowsOf("XLSX", disagreeing)).rejects.toEqual(unreadable);

    await expect(rowsOf("XLSX", zip(workbookEntries(sheet), { gap: 64 }))).rejects.toEqual(unreadable);
  });
});

/** 1 → A, 27 → AA. */
function columnName(n: number): string {
  let name = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

describe("hostile CSV files fail on the bound they pass", () => {
  const header = "passport_no,full_name\n";
  it("a cell longer than a spreadsheet allows", async () => {
    const text = `${header}N0123456,${"x".repeat(READ_BOUNDS.cellChars + 1)}\n`;
    await expect(rowsOf("CSV", bytes(text))).rejects.toEqual(problem("cellTooLong", { line: 2, chars: READ_BOUNDS.cellChars }));
  });

  it("a row without end: a quote left open, or one line of megabytes", async () => {
    const tooLong = { chars: READ_BOUNDS.rowChars };
    await expect(rowsOf("CSV", bytes(`${header}N0123456,"${"x,".repeat(READ_BOUNDS.rowChars)}`))).rejects.toEqual(problem("rowTooLong", { line: 2, ...tooLong }));
    await expect(rowsOf("CSV", bytes("x".repeat(3 * MIB)))).rejects.toEqual(problem("rowTooLong", { line: 1, ...tooLong }));
  });

  it("more columns than a register has", async () => {
    await expect(rowsOf("CSV", bytes(`${header}${",".repeat(READ_BOUNDS.columns)}x\n`))).rejects.toEqual(problem("tooManyColumns", { columns: READ_BOUNDS.columns }));
  });

  it("a quote left open to the end of the file, naming the line it opens on", async () => {
    await expect(rowsOf("CSV", bytes(`${header}N0123456,SOK\nN0123457,"SOK DARA\nN0123458,KEO\n`))).rejects.toEqual(problem("quotes", { line: 3 }));
  });
});
