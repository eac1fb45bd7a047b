import { describe, expect, it } from "vitest";
import { formatCertificateNo, formatRegistrationNo, maskPassport } from "./mask";

describe("masking and registration numbers", () => {
  it("shows only the last four characters of a passport number", () => {
    expect(maskPassport("N0123456")).toBe("••••3456");
  });

  it("formats registration numbers with destination, year and a padded sequence", () => {
    expect(formatRegistrationNo("KR", new Date("2026-11-25T00:00:00Z"), 42n)).toBe("KR26-0000042");
  });

  it("formats certificate numbers with the year of completion and a padded sequence", () => {
    expect(formatCertificateNo(new Date("2026-12-03T00:00:00Z"), 42n)).toBe("CERT-2026-000042");
    expect(formatCertificateNo(new Date("2027-01-02T00:00:00Z"), 1234567)).toBe("CERT-2027-1234567");
  });
});
