import { describe, expect, it } from "vitest";
import { CsvReader, csvCell, csvRow, parseCsv, parseCsvRecords, parseCsvRows } from "./csv";

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

  it("maps rows to the header, each with its line", () => {
    expect(parseCsvRecords("country_iso2,workers\nTH,1220197\nKR")).toEqual([
      { line: 2, values: { country_iso2: "TH", workers: "1220197" } },
      { line: 3, values: { country_iso2: "KR", workers: "" } },
    ]);
  });

  it("numbers rows by the line they start on, past blank lines and line breaks inside quotes", () => {
    const text = 'a,b\r\n\r\n1,"two\r\nlines"\n\n\n3,"x\ny\nz"\r4,5';
    expect(parseCsvRows(text)).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 3, cells: ["1", "two\r\nlines"] },
      { line: 7, cells: ["3", "x\ny\nz"] },
      { line: 10, cells: ["4", "5"] },
    ]);
  });
});

describe("CsvReader", () => {
  const text = '\uFEFFa,b\r\n\r\n1,"two\r\nlines"\n\n"say ""hi""",x\r3,"x\ny"\r\n4,5';

  function readInPieces(pieces: string[], delimiter?: string) {
    const reader = new CsvReader(delimiter);
    return [...pieces.flatMap((piece) => reader.push(piece)), ...reader.end()];
  }

  it("reads a text cut anywhere, even inside a quote, a doubled quote or a CRLF, as it reads it whole", () => {
    const whole = parseCsvRows(text);
    expect(whole).toHaveLength(5);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(readInPieces([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(readInPieces([...text])).toEqual(whole);
  });

  it("reads another delimiter", () => {
    expect(readInPieces(["a;b;\"c;d\"\n1;2"], ";")).toEqual([
      { line: 1, cells: ["a", "b", "c;d"] },
      { line: 2, cells: ["1", "2"] },
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
