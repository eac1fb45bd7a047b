import { describe, expect, it } from "vitest";
import type { LoadResults } from "./concurrent";
import { renderLoad } from "./concurrent-report";
import type { Driven } from "./drive";

const driven = (perSecond: number, errors: Record<string, number> = {}): Driven => ({
  done: perSecond * 10,
  seconds: 10,
  perSecond,
  latency: { median: 8, p95: 21.5 },
  errors,
  samples: [],
});

const results = (drift: LoadResults["drift"]["afterLoad"] = []): LoadResults => ({
  loadBefore: 1.5,
  targets: [
    { name: "static file /a.css", driven: driven(1800) },
    { name: "/reports page", driven: driven(300, { "HTTP 500": 2 }) },
  ],
  skipped: ["`/api/v1/reports/destinations`: not measured."],
  mixed: { reads: driven(200), writes: [{ name: "registrations", driven: { ...driven(20), latency: null } }] },
  drift: { afterLoad: drift, removed: 150, afterRemoval: [] },
});

describe("renderLoad", () => {
  it("sets each target beside the static file, and says what was skipped", () => {
    const markdown = renderLoad(results());
    expect(markdown).toContain("| static file /a.css | 18,000 | 1,800 | 8.0 | 22 | 0 | 1.0× |");
    expect(markdown).toContain("| /reports page | 3,000 | 300 | 8.0 | 22 | 2 | 6.0× |");
    expect(markdown).toContain("`/api/v1/reports/destinations`: not measured.");
  });

  it("lists the errors by kind, and shows no latency when nothing succeeded", () => {
    const markdown = renderLoad(results());
    expect(markdown).toContain("- /reports page: 2 × HTTP 500");
    expect(markdown).toContain("| registrations | 200 | 20.0 | – | – | 0 |");
  });

  it("gives the drift, and every differing cell", () => {
    expect(renderLoad(results())).toContain("- after the load: drifting cells: **0**.");
    const drifting = renderLoad(results([{ tally: "WorkerTally", cell: { destinationCountry: "TH" }, kept: 5, actual: 6 }]));
    expect(drifting).toContain("- after the load: drifting cells: **1**:");
    expect(drifting).toContain('WorkerTally {"destinationCountry":"TH"}: kept 5, actual 6');
  });
});
