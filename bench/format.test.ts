import { describe, expect, it } from "vitest";
import { milliseconds, perSecond, ratio, thousands } from "./format";

describe("format", () => {
  it("groups thousands", () => {
    expect(thousands(1301609)).toBe("1,301,609");
  });

  it("gives milliseconds the precision a reader can use", () => {
    expect([milliseconds(0.423), milliseconds(7.94), milliseconds(1234.4)]).toEqual(["0.42", "7.9", "1,234"]);
  });

  it("keeps a tenth in small ratios and rates only", () => {
    expect([ratio(3, 2), ratio(470, 10), ratio(12_000, 10)]).toEqual(["1.5×", "47×", "1,200×"]);
    expect([perSecond(9.64), perSecond(312.4), perSecond(1830)]).toEqual(["9.6", "312", "1,830"]);
  });
});
