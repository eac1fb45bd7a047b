import { describe, expect, it } from "vitest";
import { formatCertificateNo, formatRegistrationNo, maskEmail, maskPassport, normaliseRegistrationNo } from "./mask";

describe("masking and registration numbers", () => {
  it("shows only the last four characters of a passport number", () => {
    expect(maskPassport("N0123456")).toBe("••••3456");
  });

  it("shows an e-mail typed at sign-in as its first character and its domain only", () => {
    expect(maskEmail(" Officer.TH@Registry.test ")).toBe("o•••@registry.test");
    expect(maskEmail("a@b@example.org")).toBe("a•••@example.org");
    for (const typed of ["no-at-sign", "@example.org", ""]) expect(maskEmail(typed)).toBe("•••");
    expect(maskEmail(`x@${"d".repeat(300)}`)).toHaveLength(4 + 1 + 64);
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

  it("formats certificate numbers with the year of completion and a padded sequence", () => {
    expect(formatCertificateNo(new Date("2026-12-03T00:00:00Z"), 42n)).toBe("CERT-2026-000042");
    expect(formatCertificateNo(new Date("2027-01-02T00:00:00Z"), 1234567)).toBe("CERT-2027-1234567");
  });
});
