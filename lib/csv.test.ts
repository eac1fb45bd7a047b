import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords } from "./csv";

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
