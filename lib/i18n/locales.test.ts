import { describe, expect, it } from "vitest";
import { defaultLocaleFor, resolveLocale } from "./locales";

describe("the reader's language", () => {
  it("is Khmer on the workers' portal and English elsewhere until the reader chooses", () => {
    expect(defaultLocaleFor("/portal")).toBe("km");
    expect(defaultLocaleFor("/portal/anything")).toBe("km");
    expect(defaultLocaleFor("/portals")).toBe("en");
    expect(defaultLocaleFor("/workers")).toBe("en");
  });

  it("is the chosen one when there is a choice, else the part's default", () => {
    expect(resolveLocale("en", "km")).toBe("en");
    expect(resolveLocale(undefined, "km")).toBe("km");
    expect(resolveLocale("fr", null)).toBe("en");
    expect(resolveLocale(undefined, "de")).toBe("en");
  });
});
