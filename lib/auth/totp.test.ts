import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, matchTotpStep, newTotpSecret, otpauthUri, totpCode, totpStep } from "./totp";

const rfcSeed = Buffer.from("12345678901234567890", "ascii");

describe("HOTP (RFC 4226 appendix D)", () => {
  it("gives the RFC's codes for counters 0 to 9", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(expected.map((_, counter) => hotp(rfcSeed, counter))).toEqual(expected);
  });
});

describe("TOTP (RFC 6238 appendix B, SHA-1)", () => {
  it.each([
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ])("at %i s the 8-digit code is %s", (seconds, code) => {
    expect(hotp(rfcSeed, totpStep(seconds * 1000), 8)).toBe(code);
  });

  it("makes 6-digit codes from a base32 secret, as authenticator apps do", () => {
    const secret = base32Encode(rfcSeed);
    expect(secret).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(totpCode(secret, { atMs: 59_000 })).toBe("287082");
    expect(totpCode(secret, { atMs: 1111111109_000 })).toBe("081804");
  });
});

describe("base32", () => {
  it("round-trips any bytes and reads lower case, spaces and padding", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    expect(base32Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq==").equals(rfcSeed)).toBe(true);
    expect(() => base32Decode("GEZ1")).toThrow();
  });
});

describe("matching a typed code", () => {
  const secret = newTotpSecret();
  const at = 1_800_000_015_000;
  const now = totpStep(at);

  it("accepts the current step and one step either side, and nothing further", () => {
    expect(matchTotpStep(secret, totpCode(secret, { step: now }), { atMs: at })).toBe(now);
    expect(matchTotpStep(secret, totpCode(secret, { step: now - 1 }), { atMs: at })).toBe(now - 1);
    expect(matchTotpStep(secret, totpCode(secret, { step: now + 1 }), { atMs: at })).toBe(now + 1);
    expect(matchTotpStep(secret, totpCode(secret, { step: now - 2 }), { atMs: at })).toBeNull();
    expect(matchTotpStep(secret, totpCode(secret, { step: now + 2 }), { atMs: at })).toBeNull();
  });

  it("refuses a code whose step is not newer than the last accepted one: a code works once", () => {
    const code = totpCode(secret, { step: now });
    expect(matchTotpStep(secret, code, { atMs: at, lastStep: now - 1 })).toBe(now);
    expect(matchTotpStep(secret, code, { atMs: at, lastStep: now })).toBeNull();
    // An older code is no way around it either.
    expect(matchTotpStep(secret, totpCode(secret, { step: now - 1 }), { atMs: at, lastStep: now })).toBeNull();
    expect(matchTotpStep(secret, totpCode(secret, { step: now + 1 }), { atMs: at, lastStep: now })).toBe(now + 1);
  });

  it("refuses what is not six digits, and another secret's code", () => {
    const code = totpCode(secret, { step: now });
    for (const typed of ["", "12345", "1234567", "12 345", `${code.slice(0, 5)}x`]) expect(matchTotpStep(secret, typed, { atMs: at })).toBeNull();
    expect(matchTotpStep(newTotpSecret(), code, { atMs: at })).toBeNull();
  });
});

describe("otpauth URI", () => {
  it("names the issuer and the account and carries the parameters", () => {
    const uri = otpauthUri("JBSWY3DPEHPK3PXP", { issuer: "Worker Registry", account: "officer.th@registry.test" });
    expect(uri).toBe("otpauth://totp/Worker%20Registry:officer.th%40registry.test?secret=JBSWY3DPEHPK3PXP&issuer=Worker%20Registry&algorithm=SHA1&digits=6&period=30");
  });
});
