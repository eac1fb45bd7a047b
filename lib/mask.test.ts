import { describe, expect, it } from "vitest";
import { formatRegistrationNo, maskPassport } from "./mask";

describe("masking and registration numbers", () => {
  it("shows only the last four characters of a passport number", () => {
    expect(maskPassport("N0123456")).toBe("••••3456");
  });

  it("formats registration numbers with destination, year and a padded sequence", () => {
    expect(formatRegistrationNo("KR", new Date("2026-11-25T00:00:00Z"), 42n)).toBe("KR26-0000042");
  });
});
