import { describe, expect, it } from "vitest";
import { compareWithPublished, comparedRegistered, monthlyTotals, monthsBetween, shareOf, utilisation } from "./reports-math";

describe("gap and coverage", () => {
  it.each([
    [1_000, 1_220_197, -1_219_197, 1_000 / 1_220_197],
    [45_866, 45_866, 0, 1],
    [50, 43, 7, 50 / 43],
    [0, 202, -202, 0],
  ])("registered %i against published %i", (registered, published, gap, coverage) => {
    const result = compareWithPublished(registered, published);
    expect(result.gap).toBe(gap);
    expect(result.coverage).toBeCloseTo(coverage, 12);
  });

  it("gives back the registered count from a figure and its gap", () => {
    const { gap } = compareWithPublished(289, 1_266_063);
    expect(comparedRegistered(1_266_063, gap)).toBe(289);
  });

  it("gives no coverage against a published zero", () => {
    expect(compareWithPublished(5, 0)).toEqual({ gap: 5, coverage: null });
  });
});

describe("quota utilisation", () => {
  it("divides deployments by the quota, and has none without a quota", () => {
    expect(utilisation(3_000, 6_000)).toBe(0.5);
    expect(utilisation(10, 0)).toBeNull();
  });
});

describe("shareOf", () => {
  it("divides a part by the whole, and has none of an empty whole", () => {
    expect(shareOf(25, 100)).toBe(0.25);
    expect(shareOf(0, 0)).toBeNull();
  });
});

describe("monthlyTotals", () => {
  it("sums deployments and returns apart", () => {
    expect(monthlyTotals([{ deployed: 3, returned: 1 }, { deployed: 0, returned: 2 }])).toEqual({ deployed: 3, returned: 3 });
    expect(monthlyTotals([])).toEqual({ deployed: 0, returned: 0 });
  });
});

describe("monthsBetween", () => {
  it("lists the months across a year's end, inclusive", () => {
    expect(monthsBetween("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthsBetween("2025-03", "2025-03")).toEqual(["2025-03"]);
    expect(monthsBetween("2025-04", "2025-03")).toEqual([]);
  });
});
