import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor, uniquePassport, workerInput } from "@/lib/test/actors";
import { csvFile, importFile, importRow, rejections, upload } from "@/lib/test/imports";
import { runImportJob } from "./import-job";
import { getImport, getRejectedRows } from "./imports";
import { findTallyDrift } from "./tally-check";
import { createWorker } from "./workers";

afterAll(() => db.$disconnect());

let officer: Actor;
beforeAll(async () => {
  officer = await actorFor("officer.th@registry.test");
});

/** The file the issue describes, for the Bangkok officer, with a worker already registered. */
async function mixedFile() {
  const existing = uniquePassport();
  const { id: existingId } = await createWorker(officer, workerInput({ passportNo: existing, employer: "Old Employer Co.", dateOfBirth: "1991-07-09" }));
  const [a, b, c, d] = [uniquePassport(), uniquePassport(), uniquePassport(), uniquePassport()];
  const rows = [
    /* line 2 */ importRow(a, { full_name_km: "សុខ ដារ៉ា" }),
    /* line 3 */ importRow(b, { date_of_birth: "15/03/1994", deployed_on: "2/5/2024", full_name_km: "ចាន់ សុភា" }),
    /* line 4 */ importRow(a.toLowerCase().replace(/^(.)/, "$1 ")),
    /* line 5 */ importRow(existing, { full_name: "Sok Dara", sex: "M", date_of_birth: "09/07/1991", province_of_origin: "kh-14", employer: "New Employer Ltd", status: "" }),
    /* line 6 */ importRow(c, { destination_country: "South Korea", scheme: "EPS" }),
    /* line 7 */ importRow(d, { date_of_birth: "31/02/1990" }),
  ];
  return { file: csvFile(rows), passports: { a, b, c, d, existing }, existingId };
}

describe("an import", () => {
  it("dry run: counts every outcome with its reasons and changes nothing", async () => {
    const { file, passports, existingId } = await mixedFile();
    const before = await db.worker.findUniqueOrThrow({ where: { id: existingId } });
    const auditsBefore = await db.auditEvent.count({ where: { actorId: officer.id, action: "worker.import" } });

    const job = await importFile(officer, file, { dryRun: true });
    expect(job).toMatchObject({ status: "SUCCEEDED", dryRun: true, rowsRead: 6, created: 2, updated: 1, unchanged: 0, rejected: 3, progress: 1 });
    expect(await rejections(job.id)).toEqual({
      4: ["passportRepeated:2"],
      6: ["destinationNotCovered"],
      7: ["dateOfBirthImpossible"],
    });

    expect(await db.worker.count({ where: { passportNo: { in: [passports.a, passports.b, passports.c, passports.d] } } })).toBe(0);
    expect(await db.worker.findUniqueOrThrow({ where: { id: existingId } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { actorId: officer.id, action: "worker.import" } })).toBe(auditsBefore);
    expect(await db.importChange.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("imports the good rows, refuses the bad ones with every reason, keeps the tallies exact, and a second run creates nothing", async () => {
    const { file, passports, existingId } = await mixedFile();
    const job = await importFile(officer, file);
    expect(job).toMatchObject({ status: "SUCCEEDED", dryRun: false, rowsRead: 6, created: 2, updated: 1, unchanged: 0, rejected: 3 });

    const created = await db.worker.findMany({ where: { passportNo: { in: [passports.a, passports.b] } }, orderBy: { passportNo: "asc" } });
    expect(created).toHaveLength(2);
    const byPassport = Object.fromEntries(created.map((w) => [w.passportNo, w]));
    expect(byPassport[passports.a]).toMatchObject({ fullNameKm: "សុខ ដារ៉ា", postId: officer.postId, importJobId: job.id, createdById: officer.id, status: "DEPLOYED" });
    expect(byPassport[passports.b].dateOfBirth.toISOString().slice(0, 10)).toBe("1994-03-15");
    expect(byPassport[passports.b].deployedOn?.toISOString().slice(0, 10)).toBe("2024-05-02");
    expect(byPassport[passports.a].registrationNo).toMatch(/^TH\d{2}-\d{7}$/);

    // The update: traceable to the import, with what it changed.
    const updated = await db.worker.findUniqueOrThrow({ where: { id: existingId } });
    expect(updated).toMatchObject({ employer: "New Employer Ltd", fullName: "SOK DARA", version: 2, updatedById: officer.id });
    const [change] = await db.importChange.findMany({ where: { jobId: job.id } });
    expect(change).toMatchObject({ workerId: existingId, line: 5 });
    expect(change.before).toMatchObject({ employer: "Old Employer Co." });
    expect(change.after).toMatchObject({ employer: "New Employer Ltd", fullName: "SOK DARA" });
    expect(change.after).not.toHaveProperty("dateOfBirth");

    // One audit event for the import, with its counts.
    const events = await db.auditEvent.findMany({ where: { entityType: "ImportJob", entityId: job.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "worker.import", actorId: officer.id });
    expect(events[0].after).toMatchObject({ rowsRead: 6, created: 2, updated: 1, unchanged: 0, rejected: 3 });

    expect(await findTallyDrift()).toEqual([]);

    const rejected = await getRejectedRows(officer, job.id);
    const rows = [];
    for await (const batch of rejected.batches) rows.push(...batch);
    expect(rows.map((row) => row.line)).toEqual([4, 6, 7]);
    expect(rows[2].cells[rejected.headers.indexOf("date_of_birth")]).toBe("31/02/1990");

    const again = await importFile(officer, file);
    expect(again).toMatchObject({ status: "SUCCEEDED", rowsRead: 6, created: 0, updated: 0, unchanged: 3, rejected: 3 });
    expect(await db.worker.count({ where: { passportNo: { in: [passports.a, passports.b] } } })).toBe(2);
  });

  it("resumes an interrupted job from its last committed batch: right counts, no duplicates, nothing lost", async () => {
    const passports = Array.from({ length: 230 }, () => uniquePassport());
    const file = csvFile(passports.map((passport) => importRow(passport)));
    const job = await upload(officer, file);

    // The server dies in the third batch: that batch rolls back, the lease is not released.
    const crash = new AbortController();
    await runImportJob(job.id, { owner: "server-a", batchRows: 50, signal: crash.signal, onBatch: (batch) => batch === 2 && crash.abort() });
    const halfway = await getImport(officer, job.id);
    expect(halfway).toMatchObject({ status: "RUNNING", rowsDone: 100, created: 100 });
    expect(await db.worker.count({ where: { importJobId: job.id } })).toBe(100);

    // While the dead server's lease runs, no other worker takes the job.
    expect(await runImportJob(job.id, { owner: "server-b", batchRows: 50 })).toBe("busy");
    await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });

    expect(await runImportJob(job.id, { owner: "server-b", batchRows: 50 })).toBe("done");
    const done = await getImport(officer, job.id);
    expect(done).toMatchObject({ status: "SUCCEEDED", rowsRead: 230, rowsDone: 230, created: 230, updated: 0, unchanged: 0, rejected: 0 });
    expect(await db.worker.count({ where: { passportNo: { in: passports } } })).toBe(230);
    expect(await db.worker.count({ where: { importJobId: job.id } })).toBe(230);
    expect(await db.auditEvent.count({ where: { entityType: "ImportJob", entityId: job.id } })).toBe(1);
    expect(await findTallyDrift()).toEqual([]);
  });
});
