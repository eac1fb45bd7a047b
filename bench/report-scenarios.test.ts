import { describe, expect, it } from "vitest";
import { listed } from "./report-scenarios";

describe("listed", () => {
  it("lists the counts in key order, leaving out noughts, as a tally and a GROUP BY would both give them", () => {
    expect(listed([["TH", 12], ["HK", 0], ["KR", 3]])).toBe("KR 3, TH 12");
  });

  it("keeps a row of several counts unless all are nought", () => {
    expect(listed([["2026-02", [0, 0]], ["2026-01", [4, 0]], ["2026-03", [0, 2]]])).toBe("2026-01 4/0, 2026-03 0/2");
  });
});
