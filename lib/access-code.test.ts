import { describe, expect, it } from "vitest";
import { formatAccessCode, generateAccessCode, normaliseAccessCode } from "./access-code";

describe("portal access codes", () => {
  it("are ten characters without look-alikes, in two groups", () => {
    const codes = Array.from({ length: 200 }, generateAccessCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("are read in any case, with or without spaces and the dash", () => {
    expect(normaliseAccessCode(" abcde fghjk ")).toBe("ABCDEFGHJK");
    expect(normaliseAccessCode("ABCDE-FGHJK")).toBe("ABCDEFGHJK");
    expect(formatAccessCode("abcdefghjk")).toBe("ABCDE-FGHJK");
  });
});
