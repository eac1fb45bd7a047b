import { describe, expect, it } from "vitest";
import { fieldOfHeader, headerKey, isHeaderAgain, mapHeader } from "./columns";
import { templateHeaders } from "./template";

describe("the header row", () => {
  it("is read whatever the case, spacing and punctuation of the names", () => {
    expect(headerKey("  Passport No. ")).toBe("passport_no");
    expect(fieldOfHeader("PASSPORT_NO")).toBe("passport_no");
    expect(fieldOfHeader("Date of Birth")).toBe("date_of_birth");
    expect(fieldOfHeader("date-of-birth")).toBe("date_of_birth");
    expect(fieldOfHeader("Full name (Latin)")).toBe("full_name");
    expect(fieldOfHeader("Destination")).toBe("destination_country");
    expect(fieldOfHeader("remarks")).toBeNull();
  });

  it("is read in Khmer, as the registry labels the fields", () => {
    expect(fieldOfHeader("លេខលិខិតឆ្លងដែន")).toBe("passport_no");
    expect(fieldOfHeader(" ថ្ងៃខែឆ្នាំកំណើត ")).toBe("date_of_birth");
    expect(fieldOfHeader("ឈ្មោះជាអក្សរខ្មែរ")).toBe("full_name_km");
    expect(fieldOfHeader("ខេត្តកំណើត")).toBe("province_of_origin");
  });

  it("maps columns in any order and lists what it ignores", () => {
    const { mapping, problem } = mapHeader(["Sector", "passport_no", "Notes", "full_name", "sex", "date_of_birth", "province_of_origin", "destination_country", "scheme"]);
    expect(problem).toBeNull();
    expect(mapping.indexOf).toMatchObject({ sector: 0, passport_no: 1, full_name: 3 });
    expect(mapping.read.map((column) => column.header)).toEqual(["Sector", "passport_no", "full_name", "sex", "date_of_birth", "province_of_origin", "destination_country", "scheme"]);
    expect(mapping.ignored).toEqual(["Notes"]);
  });

  it("names every missing required column", () => {
    const { problem } = mapHeader(["passport_no", "full_name", "employer"]);
    expect(problem).toEqual({
      code: "missingColumns",
      values: { columns: "sex, date_of_birth, province_of_origin, destination_country, sector, scheme" },
    });
  });

  it("refuses a column given twice, in two languages too", () => {
    expect(mapHeader(["passport_no", "លេខលិខិតឆ្លងដែន"]).problem).toEqual({ code: "repeatedColumn", values: { column: "passport_no" } });
  });

  it("takes the template's second header row for a header, not for a worker", () => {
    const [khmer, english] = templateHeaders();
    const { mapping, problem } = mapHeader(khmer);
    expect(problem).toBeNull();
    expect(isHeaderAgain(english, mapping)).toBe(true);
    expect(isHeaderAgain(english.map((name) => (name === "sex" ? "F" : name)), mapping)).toBe(false);
  });
});
