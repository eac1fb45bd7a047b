import { describe, expect, it } from "vitest";
import { csvCell, csvRow, parseCsv, parseCsvRecords } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, and drops a BOM", () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\nlines"],
    ]);
  });

  it("keeps empty fields and skips blank lines", () => {
    expect(parseCsv("a,,c\n\n,,\n1,2,")).toEqual([
      ["a", "", "c"],
      ["1", "2", ""],
    ]);
  });

  it("maps rows to the header", () => {
    expect(parseCsvRecords("country_iso2,workers\nTH,1220197\nKR")).toEqual([
      { country_iso2: "TH", workers: "1220197" },
      { country_iso2: "KR", workers: "" },
    ]);
  });
});

describe("csvCell", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+66812345678", "'+66812345678"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["SOK, DARA", '"SOK, DARA"'],
    ["សុខ ដារ៉ា", "សុខ ដារ៉ា"],
    [null, ""],
  ])("writes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("leaves computed numbers as numbers, negative ones too", () => {
    expect(csvRow([-1_219_197, 0.5, "-1"])).toBe("-1219197,0.5,'-1\r\n");
  });

  it("round-trips through the parser, formulas neutralised", () => {
    const line = csvRow(["=1+1", 'a "quoted", value', "line\nbreak"]);
    expect(parseCsv(line)).toEqual([["'=1+1", 'a "quoted", value', "line\nbreak"]]);
  });
});
