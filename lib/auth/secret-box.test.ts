import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const key = { authSecret: "a".repeat(40), purpose: "totp" };

describe("secret box", () => {
  it("opens what it sealed, and never holds the plain value", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, key)).toBe("JBSWY3DPEHPK3PXP");
    // A new IV each time: the same secret does not seal to the same text.
    expect(sealSecret("JBSWY3DPEHPK3PXP", key)).not.toBe(sealed);
  });

  it("refuses another app secret, another purpose and any alteration", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(() => openSecret(sealed, { ...key, authSecret: "b".repeat(40) })).toThrow();
    expect(() => openSecret(sealed, { ...key, purpose: "other" })).toThrow();
    const [version, iv, tag, ciphertext] = sealed.split(".");
    const flipped = Buffer.from(ciphertext, "base64url");
    flipped[0] ^= 1;
    expect(() => openSecret([version, iv, tag, flipped.toString("base64url")].join("."), key)).toThrow();
    expect(() => openSecret("plain text", key)).toThrow();
  });
});
