import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, parseCsvRecords, readCsvRows, type CsvRow } from "./csv-records";

async function rowsOf(pieces: string[], options?: Parameters<typeof readCsvRows>[1]): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const row of readCsvRows(pieces, options)) rows.push(row);
  return rows;
}

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, and drops a BOM", () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\nlines"],
    ]);
  });

  it("keeps empty fields, skips blank lines, and takes rows of any width", () => {
    expect(parseCsv("a,,c\n\n,,\n1,2,\n4")).toEqual([["a", "", "c"], ["1", "2", ""], ["4"]]);
  });

  it("maps rows to the header, each with its line", () => {
    expect(parseCsvRecords("country_iso2,workers\nTH,1220197\nKR")).toEqual([
      { line: 2, values: { country_iso2: "TH", workers: "1220197" } },
      { line: 3, values: { country_iso2: "KR", workers: "" } },
    ]);
  });

  it("refuses a quote left open rather than guess, and keeps a stray quote as text", () => {
    expect(() => parseCsv('a,b\n1,2\n\n3,"b\n4,5\n')).toThrow(new CsvSyntaxError("QUOTE_NOT_CLOSED", 4));
    expect(parseCsv('a,b"c\n')).toEqual([["a", 'b"c']]);
    expect(parseCsv('a,"b"c\n')).toEqual([["a", '"b"c']]);
  });
});

describe("readCsvRows (streaming)", () => {
  const text = '\uFEFFa,b\r\n\r\n1,"two\r\nlines"\n\n"say ""hi""",x\r3,"x\ny"\r\n4,5';
  const whole = [
    { line: 1, cells: ["a", "b"] },
    { line: 3, cells: ["1", "two\r\nlines"] },
    { line: 6, cells: ['say "hi"', "x"] },
    { line: 7, cells: ["3", "x\ny"] },
    { line: 9, cells: ["4", "5"] },
  ];

  it("numbers rows by the line they start on, past blank lines and line breaks inside quotes", async () => {
    expect(await rowsOf([text])).toEqual(whole);
  });

  it("reads a text cut anywhere, even inside a quote, a doubled quote or a CRLF, as it reads it whole", async () => {
    for (let cut = 0; cut <= text.length; cut++) {
      expect(await rowsOf([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(await rowsOf([...text])).toEqual(whole);
  });

  it("reads another delimiter", async () => {
    expect(await rowsOf(['a;b;"c;d"\n1;2'], { delimiter: ";" })).toEqual([
      { line: 1, cells: ["a", "b", "c;d"] },
      { line: 2, cells: ["1", "2"] },
    ]);
  });

  it("stops on a row longer than allowed, a quote left open to the end of the file included", async () => {
    await expect(rowsOf(['a,b\n"' + "x".repeat(5_000)], { maxRowChars: 1_000 })).rejects.toEqual(new CsvSyntaxError("ROW_TOO_LONG", 2));
  });
});
