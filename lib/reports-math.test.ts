import { describe, expect, it } from "vitest";
import { compareWithPublished, monthsBetween, utilisation } from "./reports-math";

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

describe("monthsBetween", () => {
  it("lists the months across a year's end, inclusive", () => {
    expect(monthsBetween("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthsBetween("2025-03", "2025-03")).toEqual(["2025-03"]);
    expect(monthsBetween("2025-04", "2025-03")).toEqual([]);
  });
});
