/**
 * `npm test`: every suite against a real PostgreSQL and a real browser.
 * - TEST_DATABASE_URL given: that database is emptied and used (CI creates its own).
 * - otherwise: a throwaway embedded PostgreSQL in a temporary folder.
 * Then: migrations, reference and demo data, `npm run lint`, vitest (unit + integration; each test file on its own
 * clone of that database, scripts/test-databases.ts), `next build`, Playwright against `next start`,
 * and a quick pass through the benchmark (`npm run bench -- --quick`) in a database of its own
 * beside the test one. The last line is `N passed, N failed, N skipped` over all suites; a skipped
 * or flaky test fails the run unless scripts/test-allowances.ts lists it (scripts/test-outcomes.ts).
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { bin, freePort, run } from "./processes";
import { applyMigrations } from "./migrations";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-db";
import { dropDatabaseIfExists, resetDatabase } from "./database-admin";
import { ALLOWANCES } from "./test-allowances";
import { benchOutcomes, playwrightOutcomes, summaryLine, tally, type TestOutcome, type Totals } from "./test-outcomes";
import { importDatabaseUrl } from "../bench/import-bench";
import { seed } from "../prisma/seed";

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, "test-results");

/** A runner's report read back as outcomes; null when the runner wrote none (it crashed). */
async function readOutcomes<Report>(file: string, parse: (report: Report) => TestOutcome[]): Promise<TestOutcome[] | null> {
  try {
    return parse(JSON.parse(await readFile(file, "utf8")) as Report);
  } catch {
    return null;
  }
}

/** The test database's name with `suffix` after it, on the same server. */
function besideTestDatabase(url: string, suffix: string): string {
  const beside = new URL(url);
  beside.pathname = `${beside.pathname}${suffix}`;
  return beside.toString();
}

/**
 * The whole benchmark harness at its quick pace on a small register, so that a change that breaks
 * it fails here. Its databases are dropped afterwards.
 */
async function quickBench(testUrl: string): Promise<{ outcomes: TestOutcome[] | null; exitCode: number }> {
  const benchUrl = besideTestDatabase(testUrl, "_bench");
  const benchChecks = path.join(resultsDir, "bench-checks.json");
  try {
    const exitCode = await run(bin("tsx"), ["--conditions=react-server", "bench/run.ts", "--quick", "--built", "--rows", "20000", "--fresh"], {
      BENCH_DATABASE_URL: benchUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    });
    return { outcomes: await readOutcomes(benchChecks, benchOutcomes), exitCode };
  } finally {
    for (const url of [benchUrl, importDatabaseUrl(benchUrl)]) await dropDatabaseIfExists(url).catch(() => {});
  }
}

async function main() {
  let embedded: RunningDatabase | undefined;
  let tempDir: string | undefined;
  let url = process.env.TEST_DATABASE_URL;
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  const add = (suite: string, outcomes: TestOutcome[] | null, exitCode: number) => {
    // A runner that crashed before reporting still counts as one failure.
    const counted = outcomes ? tally(outcomes, ALLOWANCES) : { passed: 0, failed: 1, skipped: 0, problems: [] };
    if (exitCode !== 0 && counted.failed === 0) counted.failed = 1;
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    totals.skipped += counted.skipped;
    for (const problem of counted.problems) console.log(problem);
    console.log(`\n${suite}: ${summaryLine(counted)}\n`);
  };

  try {
    await rm(resultsDir, { recursive: true, force: true });
    if (url) {
      await resetDatabase(url);
    } else {
      tempDir = await mkdtemp(path.join(os.tmpdir(), "registry-test-"));
      embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pg"), port: await freePort(), persistent: false });
      url = embedded.url;
    }
    await applyMigrations(url);
    const authSecret = randomBytes(32).toString("hex");
    // Demo accounts' authenticator secrets are sealed under the secret the app then runs with.
    await seed(url, { demo: true, authSecret });

    const env = {
      DATABASE_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: authSecret,
      APP_ENV: "test",
    };

    // The boundaries between layers and dead code (eslint with eslint-plugin-boundaries, then knip).
    const lintCode = await run("npm", ["run", "lint"], env);
    add("lint (eslint, boundaries, knip)", [{ test: "npm run lint", outcome: lintCode === 0 ? "passed" : "failed" }], lintCode);

    const vitestReport = path.join(resultsDir, "vitest-outcomes.json");
    const vitestCode = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=./scripts/vitest-outcomes-reporter.ts"], { ...env, VITEST_OUTCOMES_FILE: vitestReport });
    add("unit and integration (vitest)", await readOutcomes(vitestReport, (outcomes: TestOutcome[]) => outcomes), vitestCode);

    const buildCode = await run(bin("next"), ["build"], env);
    if (buildCode !== 0) {
      add("next build", null, buildCode);
    } else {
      const port = String(await freePort());
      const playwrightReport = path.join(resultsDir, "playwright.json");
      // One trusted proxy: the tests stand in for it, giving each phone an address of its own in
      // X-Forwarded-For so that one test's failed sign-ins do not lock another's out.
      const e2eEnv = { ...env, PORT: port, NEXTAUTH_URL: `http://localhost:${port}`, TRUSTED_PROXY_HOPS: "1", PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport };
      const e2eCode = await run(bin("playwright"), ["test"], e2eEnv);
      add("end-to-end (playwright)", await readOutcomes(playwrightReport, playwrightOutcomes), e2eCode);
      const bench = await quickBench(url);
      add("benchmark harness, quick pass (bench checks)", bench.outcomes, bench.exitCode);
    }
  } catch (error) {
    console.error(error);
    totals.failed += 1;
  } finally {
    await embedded?.stop().catch(() => {});
    if (tempDir) await rm(tempDir, { recursive: true, force: true }).catch(() => {});
  }
  console.log(summaryLine(totals));
  process.exit(totals.failed > 0 ? 1 : 0);
}

main();
