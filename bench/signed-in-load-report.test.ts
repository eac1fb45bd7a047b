import { describe, expect, it } from "vitest";
import type { SignedInLoadResults } from "./signed-in-load";
import { renderSignedInLoad } from "./signed-in-load-report";

const results = (non2xx: number): SignedInLoadResults => ({
  users: { officers: 32, ministry: 32 },
  seconds: 60,
  requests: 12_345,
  perSecond: 205.75,
  latency: { p50: 280, p99: 1_450, max: 2_210 },
  non2xx,
  errors: 0,
  timeouts: 0,
  byPage: { "/workers": { requests: 4_115, non2xx }, "/workers/:id": { requests: 4_115, non2xx: 0 }, "/reports": { requests: 4_115, non2xx: 0 } },
  serverMemory: { atStart: 180 * 2 ** 20, peak: 412.4 * 2 ** 20 },
  statements: [
    { page: "/workers", as: "officer", requests: 20, statements: 62, perRequest: 3.1, statuses: [200] },
    { page: "/workers/:id", as: "officer", requests: 20, statements: 110, perRequest: 5.5, statuses: [200] },
  ],
});

describe("renderSignedInLoad", () => {
  it("gives throughput, latencies, failures and the server's memory", () => {
    const markdown = renderSignedInLoad(results(0));
    expect(markdown).toContain("## 64 signed-in users (issue #7)");
    expect(markdown).toContain("| throughput | 206 requests/s |");
    expect(markdown).toContain("| latency p50 / p99 / max | 280 / 1,450 / 2,210 ms |");
    expect(markdown).toContain("| the server's resident memory: before the load / peak | 180 MB / 412 MB |");
    expect(markdown).toContain("- `/workers/:id`: 4,115 answers, 0 not 2xx");
    expect(markdown).toContain("**none**: the goal of no failed answer is met.");
  });

  it("gives the statements each page sent", () => {
    const markdown = renderSignedInLoad(results(0));
    expect(markdown).toContain("each page requested 20 times in a row");
    expect(markdown).toContain("| `/workers` | officer | 3.1 |");
    expect(markdown).toContain("| `/workers/:id` | officer | 5.5 |");
  });

  it("says so when answers failed", () => {
    const markdown = renderSignedInLoad(results(7));
    expect(markdown).toContain("- `/workers`: 4,115 answers, 7 not 2xx");
    expect(markdown).toContain("**7**: the goal of none is **not** met.");
  });
});
