import { describe, expect, it } from "vitest";
import { appFormat } from "./format";

const march5 = new Date("2026-03-05T00:00:00Z");
// ICU puts thin and narrow no-break spaces around ranges and before AM/PM.
const spaced = (text: string) => text.replace(/\s/g, " ");

describe("appFormat", () => {
  it("writes Khmer dates with Node's ICU, in Latin digits unless Khmer ones were chosen", () => {
    expect(appFormat("km", "latn").day(march5, "long")).toBe("5 មីនា 2026");
    expect(appFormat("km", "khmr").day(march5, "long")).toBe("៥ មីនា ២០២៦");
    expect(appFormat("en", "latn").day(march5, "long")).toBe("March 5, 2026");
  });

  it("writes numbers with the language's grouping and the chosen digits", () => {
    expect(appFormat("en", "latn").count(1234567)).toBe("1,234,567");
    expect(appFormat("km", "latn").count(1234567)).toBe("1,234,567");
    expect(appFormat("km", "khmr").count(1234567)).toBe("១.២៣៤.៥៦៧");
    expect(appFormat("km", "khmr").year(2026)).toBe("២០២៦");
    expect(appFormat("km", "khmr").percent(0.25)).toBe("២៥%");
    expect(appFormat("en", "latn").percent(0.000228)).toBe("0.0228%");
    expect(appFormat("en", "latn").percent(null)).toBe("—");
    expect(appFormat("en", "latn").gap(-3)).toBe("-3");
  });

  it("reads calendar dates in UTC, so a day never slips, and moments in the reader's time zone", () => {
    const phnomPenh = appFormat("en", "latn", "Asia/Phnom_Penh");
    const losAngeles = appFormat("en", "latn", "America/Los_Angeles");
    expect(losAngeles.day(march5)).toBe("Mar 5, 2026");
    expect(spaced(phnomPenh.days(march5, new Date("2026-03-20T00:00:00Z")))).toBe("Mar 5 – 20, 2026");
    expect(spaced(phnomPenh.moment(new Date("2026-03-05T23:30:00Z")))).toBe("Mar 6, 2026, 6:30 AM");
    expect(appFormat("km", "khmr", "Asia/Phnom_Penh").moment(new Date("2026-03-05T23:30:00Z"))).toMatch(/^៦ មីនា ២០២៦, ៦:៣០/);
    expect(phnomPenh.dayOrDash(null)).toBe("—");
    expect(appFormat("km", "khmr").month("2026-03")).toBe("មីនា ២០២៦");
  });
});
