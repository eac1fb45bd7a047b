import { describe, expect, it } from "vitest";
import { compareWithPublished, comparedRegistered, monthlyTotals, monthsBetween, pickReference, shareOf, utilisation } from "./reports-math";

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

describe("pickReference", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const ministry2021 = { sourceId: "molvt-2021", official: true, publishedOn: day("2022-03-28"), asOf: day("2021-12-31") };
  const ambassador = { sourceId: "kr-embassy-2022-03", official: false, publishedOn: day("2022-03-23"), asOf: day("2022-03-23") };
  const ministry2020 = { sourceId: "molvt-2020", official: true, publishedOn: day("2021-03-01"), asOf: day("2020-12-31") };

  it("takes the newest official source of the ministry, not the newest source", () => {
    expect(pickReference([ambassador, ministry2020, ministry2021], null)).toEqual({ ...ministry2021, basis: "newestOfficial" });
  });

  it("takes the source ministry staff chose, official or not, while it gives a figure", () => {
    expect(pickReference([ambassador, ministry2021], "kr-embassy-2022-03")).toEqual({ ...ambassador, basis: "chosen" });
    // The chosen source no longer gives one (retired, or corrected without this destination): back to the default.
    expect(pickReference([ministry2020, ministry2021], "kr-embassy-2022-03")).toEqual({ ...ministry2021, basis: "newestOfficial" });
  });

  it("has none when no official source covers the destination and nothing was chosen", () => {
    expect(pickReference([ambassador], null)).toBeNull();
    expect(pickReference([], null)).toBeNull();
  });
});
