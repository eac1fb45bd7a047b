import { describe, expect, it } from "vitest";
import { parseInput } from "./common";
import { CourseUpdateInput } from "./course";
import { formInput, parseFormCount } from "./form-input";
import { QuotaInput } from "./reports";
import { WorkerInput } from "./worker";

describe("a count typed into a form", () => {
  it("is read with the separators and digits people use", () => {
    expect(parseFormCount("1220197")).toBe(1_220_197);
    expect(parseFormCount(" 1,220,197 ")).toBe(1_220_197);
    expect(parseFormCount("1 220 197")).toBe(1_220_197);
    expect(parseFormCount("1\u00a0220\u202f197")).toBe(1_220_197);
    expect(parseFormCount("១២២០១៩៧")).toBe(1_220_197);
    expect(parseFormCount("១ ២២០ ១៩៧")).toBe(1_220_197);
    expect(parseFormCount("0")).toBe(0);
  });

  it("is no count when it is anything else", () => {
    for (const text of ["", "abc", "-5", "+5", "1.5", "1e3", "0x10", "12,34", "1,2345", "1,,000", ",100", "1 000,000", "99999999999999999999"]) {
      expect(parseFormCount(text), text).toBeUndefined();
    }
  });
});

describe("a form's values as JSON input", () => {
  it("turns the schema's numbers and booleans into numbers and booleans, and nothing else", () => {
    expect(formInput(QuotaInput, { countryCode: "TH", year: "2026", workers: "24 100", note: "12", version: "3" })).toEqual({
      countryCode: "TH",
      year: 2026,
      workers: 24_100,
      note: "12",
      version: 3,
    });
    expect(formInput(WorkerInput, { confirmDuplicate: "on", phone: "0812345678" })).toEqual({ confirmDuplicate: true, phone: "0812345678" });
    expect(formInput(WorkerInput, { confirmDuplicate: "false" })).toEqual({ confirmDuplicate: false });
  });

  it("leaves a blank number out, and what is no number as typed for the schema to refuse by name", () => {
    expect(formInput(CourseUpdateInput, { capacity: "", version: "seven" })).toEqual({ version: "seven" });
    expect(() => parseInput(QuotaInput, formInput(QuotaInput, { countryCode: "TH", year: "2026", workers: "many" }))).toThrow(
      expect.objectContaining({ code: "VALIDATION", fields: { workers: ["validation.number"] } }),
    );
  });
});

describe("the schemas the API shares with the forms", () => {
  it("take JSON numbers only: no string, null, list or boolean is read as one", () => {
    for (const workers of ["1", null, [], [7], true, "", 1.5, -1]) {
      const parsed = QuotaInput.safeParse({ countryCode: "TH", year: 2026, workers });
      expect(parsed.success, JSON.stringify(workers)).toBe(false);
    }
    expect(QuotaInput.parse({ countryCode: "TH", year: 2026, workers: 0 }).workers).toBe(0);
  });
});
