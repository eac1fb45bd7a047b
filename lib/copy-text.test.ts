import { describe, expect, it } from "vitest";
import { copyLine } from "./copy-text";

describe("copyLine", () => {
  it("separates fields by tabs, ends with a newline and writes null as \\N", () => {
    expect(copyLine(["SOK DARA", null, "សុខ ដារ៉ា"])).toBe("SOK DARA\t\\N\tសុខ ដារ៉ា\n");
  });

  it("escapes what COPY's text format reserves", () => {
    expect(copyLine(["a\tb", "c\nd\re", "back\\slash", "\\N"])).toBe("a\\tb\tc\\nd\\re\tback\\\\slash\t\\\\N\n");
  });
});
