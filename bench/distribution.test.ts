import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apportion, publishedFigures } from "./distribution";

const csv = readFileSync(path.join(import.meta.dirname, "../prisma/data/published-totals.csv"), "utf8");
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe("the register's distribution over destinations", () => {
  it("reads the ministry's figures, not the other sources'", () => {
    expect(publishedFigures(csv)).toEqual({ TH: 1_220_197, KR: 45_866, MY: 23_027, JP: 11_453, SG: 821, HK: 202, SA: 43 });
    expect(publishedFigures(csv, "kr-embassy-2022-03")).toEqual({ KR: 45_000 });
    expect(() => publishedFigures(csv, "no-such-source")).toThrow();
  });

  it("gives each destination its published figure at the published total of 1,301,609", () => {
    const figures = publishedFigures(csv);
    expect(sum(figures)).toBe(1_301_609);
    expect(apportion(figures, 1_301_609)).toEqual(figures);
  });

  it("adds up exactly at any other total, each share within one of its exact proportion", () => {
    const figures = publishedFigures(csv);
    for (const total of [1_000, 50_000, 99_999]) {
      const counts = apportion(figures, total);
      expect(sum(counts)).toBe(total);
      for (const [code, n] of Object.entries(figures)) {
        expect(Math.abs(counts[code] - (total * n) / 1_301_609)).toBeLessThan(1);
      }
    }
  });
});
