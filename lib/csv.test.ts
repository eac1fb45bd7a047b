import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-records";
import { csvCell, csvRow } from "./csv";

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
