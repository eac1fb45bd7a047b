import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-records";
import type { ReportFile } from "./report-export";
import { reportCsv, reportXlsx, SHEET_FONT } from "./report-files";

const file: ReportFile = {
  filename: "destinations-2026-11-25",
  tables: [
    {
      name: "By destination: [all]",
      columns: [
        { header: "Destination", kind: "text" },
        { header: "Registered", kind: "count" },
        { header: "As of", kind: "date" },
        { header: "Gap", kind: "count" },
        { header: "Coverage", kind: "percent" },
      ],
      rows: [
        ["Thailand", 278, new Date("2021-12-31T00:00:00Z"), -1_219_919, 278 / 1_220_197],
        ["=HYPERLINK(\"http://x\")", 0, null, null, null],
      ],
    },
    { name: "Sources", columns: [{ header: "Source id", kind: "text" }], rows: [["molvt-2021"], ["kr-embassy"]] },
  ],
};

describe("reportCsv", () => {
  const csv = reportCsv(file);

  it("starts with a BOM and puts each further table under its name", () => {
    expect(csv.startsWith("\uFEFFDestination,")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ["Destination", "Registered", "As of", "Gap", "Coverage (%)"],
      ["Thailand", "278", "2021-12-31", "-1219919", "0.0228"],
      ["'=HYPERLINK(\"http://x\")", "0", "", "", ""],
      ["Sources"],
      ["Source id"],
      ["molvt-2021"],
      ["kr-embassy"],
    ]);
  });
});

describe("reportXlsx", () => {
  it("writes a sheet per table, with numbers, dates and percentages as typed cells", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(file)).buffer);
    // Excel's rules for sheet names: no brackets, colons and the like.
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["By destination   all ", "Sources"]);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, "Destination", "Registered", "As of", "Gap", "Coverage"]);
    const thailand = sheet.getRow(2);
    expect(thailand.getCell(2).value).toBe(278);
    expect(thailand.getCell(3).value).toEqual(new Date("2021-12-31T00:00:00Z"));
    expect(thailand.getCell(3).numFmt).toBe("yyyy-mm-dd");
    expect(thailand.getCell(4).value).toBe(-1_219_919);
    expect(thailand.getCell(5).value).toBeCloseTo(278 / 1_220_197, 12);
    expect(thailand.getCell(5).numFmt).toBe("0.00%");
    // Khmer and Latin alike in the app's font, headers included.
    expect([sheet.getRow(1).getCell(1).font?.name, thailand.getCell(1).font?.name, thailand.getCell(5).font?.name]).toEqual([SHEET_FONT, SHEET_FONT, SHEET_FONT]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    // A cell is text, never a formula, whatever it starts with.
    expect(sheet.getRow(3).getCell(1).value).toBe("=HYPERLINK(\"http://x\")");
    expect(sheet.getRow(3).getCell(1).formula).toBeUndefined();
    expect(workbook.getWorksheet("Sources")!.getColumn(1).values).toEqual([undefined, "Source id", "molvt-2021", "kr-embassy"]);
  });
});
