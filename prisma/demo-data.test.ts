import { describe, expect, it } from "vitest";
import { demoCounts } from "./demo-data";

describe("demo data", () => {
  it("spreads demo workers in the published proportions, at least one per destination", () => {
    const counts = demoCounts({ TH: 1_220_197, KR: 45_866, MY: 23_027, JP: 11_453, SG: 821, HK: 202, SA: 43 });
    expect(counts).toEqual({ TH: 375, KR: 14, MY: 7, JP: 4, SG: 1, HK: 1, SA: 1 });
  });
});
