import { describe, expect, it } from "vitest";
import { newRecoveryCode, normaliseRecoveryCode } from "./recovery-codes";
import { tokenHash } from "./token-hash";

describe("recovery codes", () => {
  it("are four groups of four unambiguous characters, and all different", () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("are read however they are typed: capitals, spaces, without dashes", () => {
    const code = newRecoveryCode();
    const normalised = normaliseRecoveryCode(code)!;
    expect(normaliseRecoveryCode(code.toUpperCase())).toBe(normalised);
    expect(normaliseRecoveryCode(` ${code.replaceAll("-", " ")} `)).toBe(normalised);
    // Kept as the digest of the normalised code, so any way of typing it finds the same row.
    expect(tokenHash(normaliseRecoveryCode(code.toUpperCase())!)).toBe(tokenHash(normalised));
  });

  it("refuses what cannot be one, such as an authenticator's six digits", () => {
    for (const typed of ["123456", "", "abcd-efgh-ijkl", "abcd-efgh-ijkm-nop0"]) expect(normaliseRecoveryCode(typed)).toBeNull();
  });
});
