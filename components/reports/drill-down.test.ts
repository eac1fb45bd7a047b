import { describe, expect, it } from "vitest";
import { breakdownHref, deploymentsHref, registeredHref, sourceRegisteredHref, workersHref } from "./drill-down";

describe("drill-down to the worker list", () => {
  it("keeps only the filters given", () => {
    expect(workersHref({ country: "TH", status: null, sector: undefined })).toBe("/workers?country=TH");
    expect(workersHref({})).toBe("/workers");
  });

  it("lists the deployed workers behind a registered count", () => {
    expect(registeredHref("KR")).toBe("/workers?country=KR&status=DEPLOYED");
    expect(registeredHref(null)).toBe("/workers?status=DEPLOYED");
  });

  it("names each breakdown category with the list filter of its dimension", () => {
    const scope = { country: "TH", status: "DEPLOYED" };
    expect(breakdownHref("sector", "FISHING", scope)).toBe("/workers?country=TH&status=DEPLOYED&sector=FISHING");
    expect(breakdownHref("sex", "F", scope)).toBe("/workers?country=TH&status=DEPLOYED&sex=F");
    expect(breakdownHref("province", "KH-14", { country: null, status: null })).toBe("/workers?province=KH-14");
    expect(breakdownHref("scheme", "EPS", { country: "KR", status: null })).toBe("/workers?country=KR&scheme=EPS");
    // By status, the category is the status itself.
    expect(breakdownHref("status", "RETURNED", { country: null, status: null })).toBe("/workers?status=RETURNED");
    expect(breakdownHref("sector", null, scope)).toBe("/workers?country=TH&status=DEPLOYED");
  });

  it("covers whole months of deployments, to the last day", () => {
    expect(deploymentsHref("TH", "2024-02")).toBe("/workers?country=TH&deployedFrom=2024-02-01&deployedTo=2024-02-29");
    expect(deploymentsHref(null, "2025-01", "2025-12")).toBe("/workers?deployedFrom=2025-01-01&deployedTo=2025-12-31");
    expect(deploymentsHref(null, "2025-04", "2025-04")).toBe("/workers?deployedFrom=2025-04-01&deployedTo=2025-04-30");
  });

  it("links a source's total when the list can show the destinations it covers", () => {
    const rows = [
      { country: "KR", published: [{ sourceId: "molvt-2021" }, { sourceId: "kr-embassy" }] },
      { country: "TH", published: [{ sourceId: "molvt-2021" }] },
      { country: "JP", published: [{ sourceId: "molvt-2021" }, { sourceId: "asia-survey" }] },
      { country: "MY", published: [{ sourceId: "asia-survey" }] },
    ];
    expect(sourceRegisteredHref(rows, "molvt-2021")).toBeNull();
    expect(sourceRegisteredHref(rows.slice(0, 2), "molvt-2021")).toBe("/workers?status=DEPLOYED");
    expect(sourceRegisteredHref(rows, "kr-embassy")).toBe("/workers?country=KR&status=DEPLOYED");
    // Two destinations of four: the list has no filter for that set.
    expect(sourceRegisteredHref(rows, "asia-survey")).toBeNull();
  });
});
