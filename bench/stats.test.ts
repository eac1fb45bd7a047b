import { describe, expect, it } from "vitest";
import { median, percentile } from "./stats";

describe("percentile", () => {
  it("interpolates between the nearest ranks", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 95)).toBeCloseTo(95.05);
  });

  it("does not depend on the order of the samples, nor change them", () => {
    const samples = [30, 10, 20];
    expect(percentile(samples, 50)).toBe(20);
    expect(samples).toEqual([30, 10, 20]);
  });

  it("takes the mean of the middle two as the median of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it("refuses no samples", () => {
    expect(() => median([])).toThrow();
  });
});
