import { describe, expect, it } from "vitest";
import { formatRegistrationNo, maskPassport, normaliseRegistrationNo } from "./mask";

describe("masking and registration numbers", () => {
  it("shows only the last four characters of a passport number", () => {
    expect(maskPassport("N0123456")).toBe("••••3456");
  });

  it("formats registration numbers with destination, year and a padded sequence", () => {
    expect(formatRegistrationNo("KR", new Date("2026-11-25T00:00:00Z"), 42n)).toBe("KR26-0000042");
  });

  it("reads a registration number typed in any case, with or without spaces and the dash", () => {
    for (const typed of ["KR26-0000042", "kr26-0000042", " kr26 0000042 ", "KR260000042", "Kr 26 - 000 0042"]) {
      expect(normaliseRegistrationNo(typed)).toBe("KR26-0000042");
    }
    expect(normaliseRegistrationNo("not a number")).toBe("NOTANUMBER");
  });
});
