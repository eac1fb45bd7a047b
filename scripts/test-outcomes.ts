/**
 * What `npm test` counts: each test's outcome from every runner, then one summary. A test passes
 * the first time or it fails; a test that passed only on a retry (flaky) or did not run (skipped)
 * fails the run too, unless scripts/test-allowances.ts lists it with a reason.
 */
type Outcome = "passed" | "failed" | "flaky" | "skipped";
export type TestOutcome = { test: string; outcome: Outcome };
export type Allowance = { test: string; outcome: "flaky" | "skipped"; reason: string };
export type Totals = { passed: number; failed: number; skipped: number };

/** Test names joined the same way by every runner: `<file> › <describe> › <title>`. */
export const testName = (file: string, titles: readonly string[]) => [file, ...titles].join(" › ");

export function tally(outcomes: readonly TestOutcome[], allowances: readonly Allowance[]): Totals & { problems: string[] } {
  const totals = { passed: 0, failed: 0, skipped: 0, problems: [] as string[] };
  const allowed = (test: string, outcome: Outcome) => allowances.some((entry) => entry.test === test && entry.outcome === outcome);
  for (const { test, outcome } of outcomes) {
    if (outcome === "passed") totals.passed++;
    else if (outcome === "failed") totals.failed++;
    else if (outcome === "flaky" && allowed(test, "flaky")) totals.passed++;
    else if (outcome === "skipped" && allowed(test, "skipped")) totals.skipped++;
    else {
      totals.failed++;
      totals.problems.push(`${outcome}, and not listed in scripts/test-allowances.ts: ${test}`);
    }
  }
  return totals;
}

/** One line, the last of `npm test`, which CI reads (.ci/run). */
export const summaryLine = ({ passed, failed, skipped }: Totals) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

type PlaywrightSuite = { title: string; file?: string; specs?: PlaywrightSpec[]; suites?: PlaywrightSuite[] };
type PlaywrightSpec = { title: string; file: string; tests: { projectName: string; status: "expected" | "unexpected" | "flaky" | "skipped" }[] };
type PlaywrightReport = { suites?: PlaywrightSuite[]; errors?: { message?: string }[] };

const PLAYWRIGHT_OUTCOMES = { expected: "passed", unexpected: "failed", flaky: "flaky", skipped: "skipped" } as const;

/** Each test of Playwright's JSON report; an error outside any test (the server did not start) is a failed one. */
export function playwrightOutcomes(report: PlaywrightReport): TestOutcome[] {
  const outcomes: TestOutcome[] = [];
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) outcomes.push({ test: testName(`e2e/${spec.file}`, [...titles, spec.title]), outcome: PLAYWRIGHT_OUTCOMES[test.status] });
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top suites are the files, already named by each spec's file.
  for (const file of report.suites ?? []) walk(file, []);
  for (const error of report.errors ?? []) outcomes.push({ test: `playwright: ${error.message?.split("\n")[0] ?? "error outside any test"}`, outcome: "failed" });
  return outcomes;
}

/** The benchmark's checks (bench/checks.ts), each a test that passed or failed. */
export function benchOutcomes(checks: { name: string; ok: boolean }[]): TestOutcome[] {
  return checks.map((check) => ({ test: testName("bench", [check.name]), outcome: check.ok ? "passed" : "failed" }));
}
