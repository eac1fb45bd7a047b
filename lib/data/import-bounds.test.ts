import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { templateHeaders } from "@/lib/imports/template";
import { READ_BOUNDS } from "@/lib/imports/read-bounds";
import { actorFor, uniquePassport } from "@/lib/test/actors";
import { csvFile, importRow } from "@/lib/test/import-files";
import { cell, deflated, deflatedRepeats, SHARED_HEAD, sheetXml, workbookEntries, zip } from "@/lib/test/hostile-workbooks";
import { upload } from "@/lib/test/imports";
import { claimImportJob, MAX_CLAIMS, runImportJob } from "./import-job";
import { getImport } from "./imports";

afterAll(() => db.$disconnect());

let officer: Actor;
beforeAll(async () => {
  officer = await actorFor("officer.th@registry.test");
});

const MIB = 1 << 20;

/** A workbook whose sheet is a real register's header and rows, and whose shared strings expand to gigabytes. */
function sharedStringsBomb(): Buffer {
  const [, english] = templateHeaders();
  const header = `<row r="1">${english.map((name, i) => cell(`${String.fromCharCode(65 + i)}1`, name)).join("")}</row>`;
  const row = `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>`;
  const strings = Buffer.from("<si><t>SOK DARA</t></si>".repeat(MIB / 24));
  const sharedStrings = deflatedRepeats([
    { bytes: Buffer.from(SHARED_HEAD), times: 1 },
    { bytes: strings, times: 2_000 },
    { bytes: Buffer.from("</sst>"), times: 1 },
  ]);
  return Buffer.from(zip(workbookEntries(deflated(sheetXml(header + row)), sharedStrings)));
}

describe("a hostile file", () => {
  it("a shared-strings bomb (5 MB expanding to 2 GB, as in the attack) ends the job FAILED naming the bound, imports nothing, and reading it keeps memory flat", async () => {
    const bomb = sharedStringsBomb();
    expect(bomb.length).toBeLessThan(6 * MIB);
    const job = await upload(officer, bomb, { fileName: "register.xlsx" });

    let peak = process.memoryUsage().rss;
    const before = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    try {
      await runImportJob(job.id);
    } finally {
      clearInterval(sampler);
    }
    const ended = await getImport(officer, job.id);
    expect(ended).toMatchObject({ status: "FAILED", created: 0, updated: 0, rejected: 0, error: { code: "sharedStringsTooLarge", values: { mb: READ_BOUNDS.sharedStringsMB } } });
    expect(await db.worker.count({ where: { importJobId: job.id } })).toBe(0);
    // Memory to decompress a piece at a time, never to hold what the file expands to (a gigabyte and more).
    expect(peak - before).toBeLessThan(256 * MIB);
  });
});

describe("a job that takes its server down", () => {
  it("counts each claim as an attempt, ends FAILED after the last allowed one, and is never claimed again", async () => {
    const job = await upload(officer, csvFile([importRow(uniquePassport())]), { dryRun: true });
    for (let claim = 1; claim <= MAX_CLAIMS; claim++) {
      // The server claims the job and dies reading it: nothing settles it, the lease runs out.
      expect(await claimImportJob(`server-${claim}`, job.id)).toBe(job.id);
      expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { attempts: true } })).toEqual({ attempts: claim });
      await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    }
    expect(await claimImportJob("server-next", job.id)).toBeNull();
    expect(await getImport(officer, job.id)).toMatchObject({ status: "FAILED", error: { code: "stoppedServer", values: { claims: MAX_CLAIMS } } });
    expect(await runImportJob(job.id)).toBe("busy");
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { attempts: true, status: true } })).toEqual({ attempts: MAX_CLAIMS, status: "FAILED" });
  });

  it("a job still within its claims resumes and finishes", async () => {
    const job = await upload(officer, csvFile([importRow(uniquePassport())]), { dryRun: true });
    expect(await claimImportJob("server-a", job.id)).toBe(job.id);
    await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    expect(await runImportJob(job.id)).toBe("done");
    expect(await getImport(officer, job.id)).toMatchObject({ status: "SUCCEEDED", rowsRead: 1 });
  });
});
