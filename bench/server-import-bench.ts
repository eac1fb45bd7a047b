/**
 * Issue #13's measurement: the server's own memory while its import worker reads a hostile file
 * (a 5 MB workbook whose shared strings expand to 2 GB) and the national register (as a dry run:
 * the reading and checking, which is where memory could grow), and how fast it answers a page
 * meanwhile. The files go in as an upload does (storeImportFile, startImport); the `next start`
 * server started here claims and runs them.
 */
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Actor } from "../lib/auth/permissions";
import { cell, deflated, deflatedRepeats, SHARED_HEAD, sheetXml, workbookEntries, zip } from "../lib/test/hostile-workbooks";
import { startApp } from "./app-server";
import { writeRegisterFile } from "./import-file";
import { processTreeMemory } from "./process-memory";
import { median, percentile } from "./stats";

export type ServerImportRun = {
  file: string;
  status: string;
  error: string | null;
  seconds: number;
  restingRssMb: number;
  peakRssMb: number;
  /** GET /login, one after the other, while the job ran. */
  page: { requests: number; medianMs: number; p95Ms: number; maxMs: number };
};

const MB = 2 ** 20;
const PAGE_PAUSE_MS = 100;
const JOB_TIMEOUT_MS = 30 * 60 * 1000;

/** A workbook of a header and one row whose shared strings expand to 2,000 MB from about 5 MB. */
function sharedStringsBomb(): Buffer {
  const header = `<row r="1">${cell("A1", "passport_no")}${cell("B1", "full_name")}</row><row r="2"><c r="A2" t="s"><v>0</v></c></row>`;
  const strings = Buffer.from("<si><t>SOK DARA</t></si>".repeat(MB / 24));
  const sharedStrings = deflatedRepeats([{ bytes: Buffer.from(SHARED_HEAD), times: 1 }, { bytes: strings, times: 2_000 }, { bytes: Buffer.from("</sst>"), times: 1 }]);
  return Buffer.from(zip(workbookEntries(deflated(sheetXml(header)), sharedStrings)));
}

type Lib = {
  storeImportFile: typeof import("../lib/data/import-files").storeImportFile;
  startImport: typeof import("../lib/data/imports").startImport;
  db: typeof import("../lib/db").db;
};

export async function measureServerImports(
  benchUrl: string,
  lib: Lib,
  admin: Actor,
  counts: Record<string, number>,
  authSecret: string,
): Promise<ServerImportRun[]> {
  const national = path.join(os.tmpdir(), `registry-bench-server-import-${process.pid}.csv`);
  const provinces = (await lib.db.province.findMany({ select: { code: true }, orderBy: { code: "asc" } })).map((p) => p.code);
  await writeRegisterFile(national, counts, provinces);
  const app = await startApp(benchUrl, { NEXTAUTH_SECRET: authSecret, IMPORT_WORKER: "on" });
  try {
    const runs: ServerImportRun[] = [];
    for (const [file, content] of [
      ["shared-strings bomb (5 MB → 2 GB)", () => [sharedStringsBomb()]],
      ["national register (dry run)", () => createReadStream(national, { highWaterMark: MB })],
    ] as const) {
      const fileName = file.startsWith("shared") ? "bomb.xlsx" : "national-register.csv";
      const memory = processTreeMemory(app.pid);
      const restingRssMb = memory.sample() / MB;
      const start = performance.now();
      const { fileId } = await lib.storeImportFile(admin, { fileName, content: content() });
      const job = await lib.startImport(admin, { fileId, dryRun: true, postId: "all" });
      const latencies: number[] = [];
      let ended: { status: string; error: string | null } | null = null;
      while (!ended && performance.now() - start < JOB_TIMEOUT_MS) {
        const asked = performance.now();
        await fetch(`${app.origin}/login`).then((response) => response.arrayBuffer());
        latencies.push(performance.now() - asked);
        const state = await lib.db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, error: true } });
        if (state.status !== "QUEUED" && state.status !== "RUNNING") ended = state;
        await new Promise((resolve) => setTimeout(resolve, PAGE_PAUSE_MS));
      }
      const peakRssMb = memory.stop() / MB;
      const run: ServerImportRun = {
        file,
        status: ended?.status ?? "TIMED OUT",
        error: ended?.error ?? null,
        seconds: (performance.now() - start) / 1000,
        restingRssMb,
        peakRssMb,
        page: { requests: latencies.length, medianMs: median(latencies), p95Ms: percentile(latencies, 95), maxMs: Math.max(...latencies) },
      };
      console.log(`server import, ${file}: ${run.status} ${run.error ?? ""} in ${run.seconds.toFixed(0)} s, peak RSS ${peakRssMb.toFixed(0)} MB; /login median ${run.page.medianMs.toFixed(0)} ms, max ${run.page.maxMs.toFixed(0)} ms`);
      runs.push(run);
    }
    return runs;
  } finally {
    await app.stop();
    await rm(national, { force: true });
  }
}

/** The section of RESULTS.md. */
export function renderServerImports(runs: ServerImportRun[]): string {
  const rows = runs.map(
    (r) =>
      `| ${r.file} | ${r.status}${r.error ? ` (${r.error})` : ""} | ${r.seconds.toFixed(0)} s | ${r.restingRssMb.toFixed(0)} MB | **${r.peakRssMb.toFixed(0)} MB** | ${r.page.requests} | ${r.page.medianMs.toFixed(0)} ms | ${r.page.p95Ms.toFixed(0)} ms | ${r.page.maxMs.toFixed(0)} ms |`,
  );
  return [
    "## The server reading hostile and national files (issue #13)",
    "",
    "`next start` with its import worker on, the file uploaded as the page uploads it; resident memory of the server's process tree sampled every 200 ms; `GET /login` asked one after the other (100 ms apart) while the job ran. The bound is 512 MB peak and pages within 2 s.",
    "",
    "| file | job ended | time | server RSS at rest | peak RSS | pages asked | median | p95 | slowest |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
