/**
 * `npm run bench [-- --fresh] [-- --rows N] [-- --quick --built]`: the worker list, search, counts
 * and reports on a synthetic national register, the app's way against the naive way, then the
 * reports under concurrent load over HTTP, then the register imported from its CSV file; results in
 * bench/RESULTS.md. See README.
 *
 * `--quick` (with `--rows 20000`, as `npm test` runs it): every scenario and phase at a short pace
 * (bench/pace.ts), its results in test-results/ rather than bench/RESULTS.md; `--built`: the app in
 * .next is already built. Either way the run ends with its checks (bench/checks.ts): every scenario
 * ran and its two ways agreed, the served pages answered, the import finished with exact tallies.
 *
 * Runs under node's `react-server` condition (package.json), where `server-only` is the empty
 * module it is inside Next, so lib/data is imported as the app imports it.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { demoPosts, demoUsers } from "../prisma/demo-data";
import { measureUnderLoad } from "./concurrent";
import { openBenchDatabase } from "./database";
import { apportion, BENCH_SOURCE, publishedFigures } from "./distribution";
import { milliseconds } from "./format";
import { measureImport } from "./import-bench";
import { timeScenario } from "./measure";
import { prepareRegister } from "./prepare";
import { buildReportScenarios } from "./report-scenarios";
import { renderResults } from "./report";
import { buildScenarios } from "./scenarios";
import { checksOf, renderChecks } from "./checks";
import { FULL_PACE, QUICK_PACE } from "./pace";
import { measureSignedInLoad } from "./signed-in-load";
import { writeFiles } from "./write-files";
import { measureServerImports, renderServerImports } from "./server-import-bench";

const root = path.resolve(import.meta.dirname, "..");

const { values: options } = parseArgs({
  options: { fresh: { type: "boolean", default: false }, rows: { type: "string" }, quick: { type: "boolean", default: false }, built: { type: "boolean", default: false } },
});
const pace = options.quick ? QUICK_PACE : FULL_PACE;
// The server the bench starts runs with this secret; the demo accounts' keys are sealed under it.
const authSecret = randomBytes(32).toString("hex");
const figures = publishedFigures(await readFile(path.join(root, "prisma/data/published-totals.csv"), "utf8"));
const total = options.rows ? Number(options.rows) : Object.values(figures).reduce((a, b) => a + b, 0);
if (!Number.isInteger(total) || total < 1_000) throw new Error("--rows must be a whole number of at least 1,000");
const counts = apportion(figures, total);

const bench = await openBenchDatabase();
let disconnect = async () => {};
let passed = false;
try {
  console.log(`bench database: ${bench.where}`);
  const { load, reused } = await prepareRegister(bench.url, counts, { fresh: options.fresh, authSecret });

  // lib/env reads DATABASE_URL when lib/db is first imported: only now may lib/data load.
  process.env.DATABASE_URL = bench.url;
  const dbModule = await import("../lib/db");
  const list = await import("../lib/data/worker-list");
  const { actorForSession } = await import("../lib/data/users");
  const { startStaffSession } = await import("../lib/data/staff-sessions");
  const reports = await import("../lib/data/reports");
  const workers = await import("../lib/data/workers");
  const lifecycle = await import("../lib/data/worker-lifecycle");
  const { findTallyDrift } = await import("../lib/data/tally-check");
  disconnect = () => dbModule.db.$disconnect();

  async function actorOf(email: string) {
    const user = await dbModule.db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const actor = await actorForSession(await startStaffSession(user.id), "bench");
    if (!actor) throw new Error(`${email} cannot act`);
    return actor;
  }
  const emailOf = (role: string, post: string | null) => demoUsers.find((user) => user.role === role && user.post === post)!.email;
  const actors = { officer: await actorOf(emailOf("OFFICER", "Bangkok")), ministry: await actorOf(emailOf("MINISTRY", null)) };

  // The officers of the posts with most workers write during the load, each for their own destination.
  const writers = await Promise.all(
    ["Bangkok", "Seoul", "Kuala Lumpur"].map(async (city) => ({
      actor: await actorOf(emailOf("OFFICER", city)),
      country: demoPosts.find((post) => post.city === city)!.countries[0],
    })),
  );

  const scenarios = [...(await buildScenarios({ list, database: dbModule }, actors)), ...(await buildReportScenarios({ reports, database: dbModule }, actors))];
  const [{ server_version: postgres }] = await dbModule.db.$queryRaw<{ server_version: string }[]>`SHOW server_version`;
  const loadBefore = os.loadavg()[0];
  const timings = [];
  for (const scenario of scenarios) {
    const timing = await timeScenario(scenario, { warmup: pace.warmup, runs: pace.runs });
    console.log(`${scenario.group}, ${scenario.name}: ours ${milliseconds(timing.ours.median)} ms, naive ${milliseconds(timing.naive.median)} ms (medians)`);
    timings.push(timing);
  }
  const underLoad = await measureUnderLoad(bench.url, { workers, lifecycle, database: dbModule, findTallyDrift }, writers, { pace, built: options.built, authSecret });
  const signedInLoad = await measureSignedInLoad(
    bench.url,
    { database: dbModule, startStaffSession },
    { officer: emailOf("OFFICER", "Bangkok"), ministry: emailOf("MINISTRY", null) },
    { pace, authSecret },
  );
  const imports = await measureImport(bench.url, counts, authSecret);
  const importFiles = await import("../lib/data/import-files");
  const importJobs = await import("../lib/data/imports");
  const serverImports = await measureServerImports(
    bench.url,
    { storeImportFile: importFiles.storeImportFile, startImport: importJobs.startImport, db: dbModule.db },
    await actorOf(emailOf("ADMIN", null)),
    counts,
    authSecret,
  );

  const cpus = os.cpus();
  const markdown = `${renderResults({
    environment: {
      date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
      cpus: `${cpus.length} × ${cpus[0]?.model ?? "unknown"}`,
      memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
      node: process.version,
      postgres,
      database: bench.where,
      loadBefore,
      loadAfter: os.loadavg()[0],
    },
    counts,
    source: BENCH_SOURCE,
    load,
    reused,
    warmup: pace.warmup,
    runs: pace.runs,
    timings,
    underLoad,
    signedInLoad,
    imports,
  })}\n${renderServerImports(serverImports)}`;
  const checks = checksOf({ scenarios, timings, underLoad, signedInLoad, imports });
  const written = options.quick ? "test-results/bench-quick.md" : "bench/RESULTS.md";
  await writeFiles(root, {
    [written]: options.quick ? `> A quick pass through the harness (bench/pace.ts): its figures mean nothing.\n\n${markdown}` : markdown,
    "test-results/bench-checks.json": JSON.stringify(checks, null, 2),
  });
  console.log(`\n${markdown}\nwritten to ${written}\n\n${renderChecks(checks)}`);
  passed = checks.every((check) => check.ok);
} finally {
  await disconnect();
  await bench.stop();
}
// The checks' verdict, explicitly: an exit code set before the clean-up above was lost in a trial run.
process.exit(passed ? 0 : 1);
