import { describe, expect, it } from "vitest";
import { playwrightOutcomes, summaryLine, tally, type Allowance, type TestOutcome } from "./test-outcomes";

const outcomes: TestOutcome[] = [
  { test: "a.test.ts › passes", outcome: "passed" },
  { test: "a.test.ts › fails", outcome: "failed" },
  { test: "a.test.ts › flaky, listed", outcome: "flaky" },
  { test: "a.test.ts › flaky, not listed", outcome: "flaky" },
  { test: "a.test.ts › skipped, listed", outcome: "skipped" },
  { test: "a.test.ts › skipped, not listed", outcome: "skipped" },
];
const allowances: Allowance[] = [
  { test: "a.test.ts › flaky, listed", outcome: "flaky", reason: "why" },
  { test: "a.test.ts › skipped, listed", outcome: "skipped", reason: "why" },
  // Listed as flaky, but it was skipped: the listing does not cover it.
  { test: "a.test.ts › skipped, not listed", outcome: "flaky", reason: "why" },
];

describe("the test summary", () => {
  it("fails a flaky or skipped test unless it is listed for that outcome, and says which", () => {
    const totals = tally(outcomes, allowances);
    expect(totals).toMatchObject({ passed: 2, failed: 3, skipped: 1 });
    expect(totals.problems).toEqual([
      "flaky, and not listed in scripts/test-allowances.ts: a.test.ts › flaky, not listed",
      "skipped, and not listed in scripts/test-allowances.ts: a.test.ts › skipped, not listed",
    ]);
    expect(summaryLine(totals)).toBe("2 passed, 3 failed, 1 skipped");
  });

  it("reads every test of a Playwright report, nested describes included, and errors outside tests", () => {
    const spec = (title: string, status: "expected" | "unexpected" | "flaky" | "skipped") => ({ title, file: "x.spec.ts", tests: [{ projectName: "chromium", status }] });
    const report = {
      suites: [
        {
          title: "x.spec.ts",
          file: "x.spec.ts",
          specs: [spec("top", "expected"), spec("broken", "unexpected")],
          suites: [{ title: "group", specs: [spec("again", "flaky"), spec("later", "skipped")] }],
        },
      ],
      errors: [{ message: "Timed out waiting 60000ms from config.webServer.\nmore" }],
    };
    expect(playwrightOutcomes(report)).toEqual([
      { test: "e2e/x.spec.ts › top", outcome: "passed" },
      { test: "e2e/x.spec.ts › broken", outcome: "failed" },
      { test: "e2e/x.spec.ts › group › again", outcome: "flaky" },
      { test: "e2e/x.spec.ts › group › later", outcome: "skipped" },
      { test: "playwright: Timed out waiting 60000ms from config.webServer.", outcome: "failed" },
    ]);
  });
});
