import { describe, expect, it } from "vitest";
import { resolveTheme, themeClass } from "./theme";

describe("the theme choice", () => {
  it("keeps a known choice and falls back to the system's for anything else", () => {
    expect(resolveTheme("dark")).toBe("dark");
    expect(resolveTheme("light")).toBe("light");
    expect(resolveTheme("system")).toBe("system");
    expect(resolveTheme("purple")).toBe("system");
    expect(resolveTheme(undefined)).toBe("system");
  });

  it("puts a class on <html> only for a fixed choice", () => {
    expect(themeClass("dark")).toBe("dark");
    expect(themeClass("light")).toBe("light");
    expect(themeClass("system")).toBeUndefined();
  });
});
