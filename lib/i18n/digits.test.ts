import { describe, expect, it } from "vitest";
import { resolveDigits } from "./digits";

describe("resolveDigits", () => {
  it("gives Khmer digits only to Khmer pages that asked for them", () => {
    expect(resolveDigits("km", "khmr")).toBe("khmr");
    expect(resolveDigits("km", undefined)).toBe("latn");
    expect(resolveDigits("en", "khmr")).toBe("latn");
    expect(resolveDigits("km", "arab")).toBe("latn");
  });
});
