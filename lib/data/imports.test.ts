import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { templateHeaders } from "@/lib/imports/template";
import { actorFor, refusal, uniquePassport, workerInput } from "@/lib/test/actors";
import { IMPORT_FIELDS } from "@/lib/imports/columns";
import { csvFile, importRow } from "@/lib/test/import-files";
import { importFile, rejections, upload } from "@/lib/test/imports";
import { purgeImportFiles, storeImportFile } from "./import-files";
import { runImportJob } from "./import-job";
import { confirmImport, getImport, getRejectedRows, startImport } from "./imports";
import { findTallyDrift } from "./tally-check";
import { getWorkerHistory } from "./worker-history";
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
    // …and in the workers' own history.
    const history = await getWorkerHistory(officer, existingId);
    expect(history[0]).toMatchObject({ action: "worker.importUpdate", actorName: "Dara Chan" });
    expect(history[0].changes).toContainEqual({ field: "employer", before: "Old Employer Co.", after: "New Employer Ltd" });
    expect((await getWorkerHistory(officer, byPassport[passports.a].id)).map((entry) => entry.action)).toEqual(["worker.import"]);

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
    // Registration numbers are handed out in the file's order.
    const numbers = new Map((await db.worker.findMany({ where: { importJobId: job.id }, select: { passportNo: true, registrationNo: true } })).map((w) => [w.passportNo, w.registrationNo]));
    const inFileOrder = passports.map((passport) => numbers.get(passport)!);
    expect([...inFileOrder].sort()).toEqual(inFileOrder);
    expect(await db.auditEvent.count({ where: { entityType: "ImportJob", entityId: job.id } })).toBe(1);
    expect(await findTallyDrift()).toEqual([]);
  });
});

describe("the file as a whole", () => {
  it("reads an XLSX workbook with the template's Khmer and English header rows, dates typed as dates", async () => {
    const [a, b] = [uniquePassport(), uniquePassport()];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Workers");
    for (const header of templateHeaders()) sheet.addRow(header);
    const values = (row: Record<string, unknown>) => IMPORT_FIELDS.map((column) => row[column] ?? "");
    sheet.addRow(values({ ...importRow(a), date_of_birth: new Date(Date.UTC(1990, 0, 31)), phone: 66812345678 }));
    sheet.addRow(values({ ...importRow(b), sex: "ស្រី", date_of_birth: "31/04/1990" }));
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const job = await importFile(officer, file, { fileName: "បញ្ជី.xlsx", dryRun: true });
    expect(job).toMatchObject({ status: "SUCCEEDED", format: "XLSX", fileName: "បញ្ជី.xlsx", rowsRead: 2, created: 1, rejected: 1 });
    expect(await rejections(job.id)).toEqual({ 4: ["dateOfBirthImpossible"] });
    expect(job.columns?.read.map((column) => column.header)).toEqual(templateHeaders()[0]);
  });

  it("stops on a header without the required columns, naming them", async () => {
    const file = Buffer.from("passport_no,full_name,employer\nN1234567,SOK DARA,X\n");
    const job = await importFile(officer, file, { dryRun: true });
    expect(job).toMatchObject({ status: "FAILED", rowsRead: 0 });
    expect(job.error).toEqual({
      code: "missingColumns",
      values: { columns: "sex, date_of_birth, province_of_origin, destination_country, sector, scheme" },
    });
  });

  it("stops on a file with a header and no rows, and on text that is not UTF-8", async () => {
    expect((await importFile(officer, csvFile([]), { dryRun: true })).error?.code).toBe("noRows");
    const latin1 = Buffer.concat([csvFile([]), Buffer.from([0xe9, 0x0a])]);
    expect((await importFile(officer, latin1, { dryRun: true })).error?.code).toBe("encoding");
  });

  it("refuses an empty upload and a file of another kind before any job", async () => {
    expect((await refusal(storeImportFile(officer, { fileName: "register.csv", content: [] }))).fields).toEqual({ file: ["imports.errors.empty"] });
    const pdf = Buffer.from("%PDF-1.7 ...");
    expect((await refusal(storeImportFile(officer, { fileName: "register.pdf", content: [pdf] }))).fields).toEqual({ file: ["imports.errors.fileType"] });
    expect((await refusal(storeImportFile(officer, { fileName: "register.xlsx", content: [Buffer.from("a,b")] }))).fields).toEqual({ file: ["imports.errors.fileType"] });
  });

  it("joins the job already queued for the same file rather than queue a second one", async () => {
    const file = csvFile([importRow(uniquePassport())]);
    const first = await upload(officer, file, { dryRun: true });
    const second = await upload(officer, file, { dryRun: true });
    expect(second.id).toBe(first.id);
    await runImportJob(first.id);
    expect((await upload(officer, file, { dryRun: true })).id).not.toBe(first.id);
  });

  it("imports a dry run's file for real once asked, and answers that import when asked again", async () => {
    const passport = uniquePassport();
    const dryRun = await importFile(officer, csvFile([importRow(passport)]), { dryRun: true });
    const real = await confirmImport(officer, dryRun.id);
    expect(real).toMatchObject({ dryRun: false, status: "QUEUED", post: { id: officer.postId } });
    expect((await getImport(officer, dryRun.id)).importedAs).toBe(real.id);
    expect((await confirmImport(officer, dryRun.id)).id).toBe(real.id);
    await runImportJob(real.id);
    expect(await getImport(officer, real.id)).toMatchObject({ status: "SUCCEEDED", created: 1 });
    expect(await db.worker.count({ where: { passportNo: passport } })).toBe(1);
    // The upload is personal data: once imported, its content is not kept.
    expect(await db.importFileChunk.count({ where: { file: { jobs: { some: { id: real.id } } } } })).toBe(0);
    expect((await refusal(confirmImport(officer, real.id))).code).toBe("CONFLICT");
  });

  it("keeps an upload's content for a week after its last job ended, and an upload no job was started on for a day", async () => {
    const old = await importFile(officer, csvFile([importRow(uniquePassport())]), { dryRun: true });
    const recent = await importFile(officer, csvFile([importRow(uniquePassport())]), { dryRun: true });
    const { fileId: abandoned } = await storeImportFile(officer, { fileName: "register.csv", content: [csvFile([importRow(uniquePassport())])] });
    const chunks = (jobId: string) => db.importFileChunk.count({ where: { file: { jobs: { some: { id: jobId } } } } });
    // Aged by hand: other tests' fresh uploads, which share this database, are left alone.
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);
    await db.importJob.update({ where: { id: old.id }, data: { finishedAt: daysAgo(8) } });
    await db.importFile.update({ where: { id: abandoned }, data: { createdAt: daysAgo(2) } });
    await purgeImportFiles();
    expect(await chunks(old.id)).toBe(0);
    expect((await refusal(confirmImport(officer, old.id))).message).toBe("imports.errors.fileGone");
    expect(await chunks(recent.id)).toBeGreaterThan(0);
    expect(await db.importFile.count({ where: { id: abandoned } })).toBe(0);
    // The job and its results stay.
    expect(await getImport(officer, old.id)).toMatchObject({ status: "SUCCEEDED", fileName: "register.csv" });
  });

  it("refuses to start a job on a file someone else uploaded", async () => {
    const { fileId } = await storeImportFile(officer, { fileName: "register.csv", content: [csvFile([importRow(uniquePassport())])] });
    const colleague = await actorFor("officer.kr@registry.test");
    expect((await refusal(startImport(colleague, { fileId, dryRun: true }))).code).toBe("NOT_FOUND");
  });
});
