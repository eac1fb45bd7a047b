/**
 * A vitest reporter for `npm test`: writes each test's outcome (scripts/test-outcomes.ts) to the
 * file named by VITEST_OUTCOMES_FILE. Vitest's JSON report says neither which test passed only on
 * a retry nor which file failed to load, and both count.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Reporter, SerializedError, TestModule } from "vitest/node";
import { testName, type TestOutcome } from "./test-outcomes";

export default class OutcomesReporter implements Reporter {
  async onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
    const file = process.env.VITEST_OUTCOMES_FILE;
    if (!file) return;
    const outcomes: TestOutcome[] = [];
    for (const testModule of modules) {
      const tests = [...testModule.children.allTests()];
      // A file that failed to load, or whose hooks failed, fails even when none of its tests ran.
      if (testModule.errors().length > 0) outcomes.push({ test: testName(testModule.relativeModuleId, ["(the file itself)"]), outcome: "failed" });
      for (const test of tests) {
        const titles: string[] = [];
        for (let parent = test.parent; parent.type === "suite"; parent = parent.parent) titles.unshift(parent.name);
        const { state } = test.result();
        const retried = (test.diagnostic()?.retryCount ?? 0) > 0;
        const outcome = state === "passed" ? (retried ? "flaky" : "passed") : state === "failed" ? "failed" : "skipped";
        outcomes.push({ test: testName(testModule.relativeModuleId, [...titles, test.name]), outcome });
      }
    }
    for (const error of unhandledErrors) outcomes.push({ test: `vitest: unhandled ${error.name ?? "error"}: ${error.message ?? ""}`, outcome: "failed" });
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(outcomes));
  }
}
