/**
 * The reports under concurrent load, over HTTP as users reach them: the built app on a loopback
 * port, a static file and a plain GROUP BY measured beside them in the same run; then the reports
 * page read while officers write, and the tallies checked against the worker rows afterwards.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TallyDrift } from "../lib/data/tally-check";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { buildApp, signIn, startApp } from "./app-server";
import type { Pace } from "./pace";
import { combine, drive, errorCount, sustain, type Driven, type Work } from "./drive";
import { milliseconds, perSecond } from "./format";
import { removeWrittenWorkers, runWriteLoad, type WriteData, type Writer, type WriteWave } from "./write-load";

export const CONCURRENCY = 16;
export const WRITE_CONCURRENCY = 8;
const REQUEST_TIMEOUT_MS = 60_000;
export const READER = "ministry@registry.test";
/** What the destinations report would ask of the workers without its tallies. */
export const PLAIN_GROUP_BY = `SELECT "destinationCountry", count(*) FROM "Worker" WHERE status = 'DEPLOYED' GROUP BY 1`;
const REPORTS_API = "/api/v1/reports/destinations";

const root = path.resolve(import.meta.dirname, "..");

type Target = { name: string; driven: Driven };
export type LoadResults = {
  loadBefore: number;
  targets: Target[];
  /** Targets that could not be measured, and why. */
  skipped: string[];
  mixed: { reads: Driven; writes: WriteWave[] };
  drift: { afterLoad: TallyDrift[]; removed: number; afterRemoval: TallyDrift[] };
};

type Data = WriteData & { findTallyDrift: () => Promise<TallyDrift[]> };

function get(url: string, cookie: string): Work {
  return async () => {
    const response = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  };
}

/** One of the app's own stylesheets: served from the build output with no code of the app's in the way. */
async function staticAsset(): Promise<string> {
  const files = await readdir(path.join(root, ".next/static"), { recursive: true });
  const stylesheet = files.find((file) => file.endsWith(".css"));
  if (!stylesheet) throw new Error("no stylesheet in .next/static after the build");
  return `/_next/static/${stylesheet.split(path.sep).join("/")}`;
}

/**
 * Each target for a few seconds in turn, and the round repeated, so that whatever else the shared
 * machine does meanwhile weighs on all of them alike.
 */
async function measureInTurn(targets: { name: string; work: Work }[], pace: Pace): Promise<Target[]> {
  const runs = targets.map((): Driven[] => []);
  for (let round = 1; round <= pace.rounds; round++) {
    for (const [i, { work }] of targets.entries()) {
      runs[i].push(await sustain(work, { concurrency: CONCURRENCY, warmup: pace.targetWarmupSeconds, seconds: pace.targetSeconds }));
    }
  }
  return targets.map(({ name }, i) => {
    const driven = combine(runs[i]);
    const median = driven.latency ? `${milliseconds(driven.latency.median)} ms` : "–";
    console.log(`${name}: ${perSecond(driven.perSecond)} requests/s, median ${median}, ${errorCount(driven)} errors`);
    return { name, driven };
  });
}

/** A page read without pause for as long as the writers take: both stop once the writes are done. */
async function readsDuringWrites(read: Work, data: WriteData, writers: Writer[], workers: number) {
  let writing = true;
  const reads = drive(() => (writing ? read : null), CONCURRENCY);
  const writes = await runWriteLoad(data, writers, { workers, concurrency: WRITE_CONCURRENCY }).finally(() => {
    writing = false;
  });
  return { reads: await reads, writes };
}

async function measureServed(url: string, data: WriteData, writers: Writer[], { pace, built, authSecret }: ServedOptions): Promise<Omit<LoadResults, "drift">> {
  if (!built) {
    console.log("\nbuilding the app (next build) against the bench database");
    await buildApp(url);
  }
  const asset = await staticAsset();
  const app = await startApp(url, { NEXTAUTH_SECRET: authSecret });
  try {
    console.log(`next start on ${app.origin}`);
    const loadBefore = os.loadavg()[0];
    const cookie = await signIn(app.origin, READER, DEMO_PASSWORD);
    const page = (pathname: string) => get(`${app.origin}${pathname}`, cookie);
    const api = existsSync(path.join(root, "app", REPORTS_API, "route.ts"));
    const pool = new pg.Pool({ connectionString: url, max: CONCURRENCY });
    const targets = await measureInTurn([
      { name: `static file ${asset}`, work: page(asset) },
      { name: "/icon.svg (through the proxy)", work: page("/icon.svg") },
      { name: "/reports page", work: page("/reports") },
      ...(api ? [{ name: REPORTS_API, work: page(REPORTS_API) }] : []),
      { name: "plain GROUP BY (the query alone)", work: () => pool.query(PLAIN_GROUP_BY) },
    ], pace).finally(() => pool.end());
    const skipped = api ? [] : [`\`${REPORTS_API}\`: no such route in this tree (\`app${REPORTS_API}/route.ts\`), so not measured.`];
    console.log(`/reports page while ${WRITE_CONCURRENCY} writers at a time register, deploy, transfer and return ${pace.writeWorkers} workers`);
    const mixed = await readsDuringWrites(page("/reports"), data, writers, pace.writeWorkers);
    for (const [name, driven] of [["/reports page", mixed.reads] as const, ...mixed.writes.map((wave) => [wave.name, wave.driven] as const)]) {
      console.log(`  ${name}: ${driven.done} in ${driven.seconds.toFixed(1)} s, ${errorCount(driven)} errors`);
    }
    return { loadBefore, targets, skipped, mixed };
  } finally {
    await app.stop();
  }
}

/**
 * Everything under load, then the drift check. The workers the write load registered are deleted
 * whatever happens, and the tallies checked again after that deletion.
 */
/** `built`: the app in .next is already built (by `npm test`); `authSecret`: the secret the demo accounts were sealed under. */
type ServedOptions = { pace: Pace; built: boolean; authSecret: string };

export async function measureUnderLoad(url: string, data: Data, writers: Writer[], options: ServedOptions): Promise<LoadResults> {
  let served: Omit<LoadResults, "drift">;
  let afterLoad: TallyDrift[];
  try {
    served = await measureServed(url, data, writers, options);
    console.log("checking the tallies against the worker rows (findTallyDrift)");
    afterLoad = await data.findTallyDrift();
  } catch (error) {
    await removeWrittenWorkers(data.database);
    throw error;
  }
  const removed = await removeWrittenWorkers(data.database);
  const afterRemoval = await data.findTallyDrift();
  console.log(`drift: ${afterLoad.length} cells after the load, ${afterRemoval.length} after deleting its ${removed} workers`);
  return { ...served, drift: { afterLoad, removed, afterRemoval } };
}
