/**
 * One measurement of the import, in a process of its own so that its peak memory is the import's:
 * `import <file>` runs the app's import of the file (upload to storage, then the job) as the
 * administrator for every destination; `create-many <file> <rows>` writes the file's first rows
 * with Prisma's createMany, the naive way. DATABASE_URL names the database; prints JSON.
 */
import { createReadStream } from "node:fs";
import { readCsvRows } from "../lib/csv-records";
import { db } from "../lib/db";
import { storeImportFile } from "../lib/data/import-files";
import { runImportJob } from "../lib/data/import-job";
import { getImport, startImport } from "../lib/data/imports";
import { startStaffSession } from "../lib/data/staff-sessions";
import { actorForSession } from "../lib/data/users";
import type { Prisma } from "../lib/generated/prisma/client";

const [mode, file, limit] = process.argv.slice(2);
const seconds = (since: number) => (performance.now() - since) / 1000;
const megabytes = (bytes: number) => bytes / 2 ** 20;

async function administrator() {
  const user = await db.user.findUniqueOrThrow({ where: { email: "admin@registry.test" }, select: { id: true } });
  return (await actorForSession(await startStaffSession(user.id), "bench"))!;
}

async function importFile() {
  const admin = await administrator();
  const restingRss = megabytes(process.memoryUsage().rss);
  const start = performance.now();
  const { fileId } = await storeImportFile(admin, { fileName: "national-register.csv", content: createReadStream(file, { highWaterMark: 1 << 20 }) });
  const storeSeconds = seconds(start);
  const job = await startImport(admin, { fileId, dryRun: false, postId: "all" });
  const phases: Record<string, number> = {};
  let peakRss = 0;
  const watch = setInterval(async () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const { phase } = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { phase: true } });
    if (phase && !(phase in phases)) phases[phase] = seconds(start);
  }, 200);
  await runImportJob(job.id);
  clearInterval(watch);
  const totalSeconds = seconds(start);
  const result = await getImport(admin, job.id);
  return {
    jobId: job.id,
    status: result.status,
    counts: { rowsRead: result.rowsRead, created: result.created, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected },
    seconds: {
      store: storeSeconds,
      read: (phases.WRITING ?? totalSeconds) - storeSeconds,
      write: totalSeconds - (phases.WRITING ?? totalSeconds),
      total: totalSeconds,
    },
    restingRssMb: restingRss,
    peakRssMb: Math.max(megabytes(peakRss), process.resourceUsage().maxRSS / 1024),
    audits: await db.auditEvent.count({ where: { entityType: "ImportJob", entityId: job.id } }),
  };
}

/** The naive import: the file's first rows as objects, then createMany; no checks beyond the database's. */
async function createMany() {
  const wanted = Number(limit);
  const posts = new Map((await db.country.findMany({ select: { code: true, posts: { select: { id: true }, take: 1 } } })).map((c) => [c.code, c.posts[0]?.id ?? null]));
  const start = performance.now();
  const data: Prisma.WorkerCreateManyInput[] = [];
  const day = (text: string) => (text ? new Date(`${text.includes("/") ? text.split("/").reverse().join("-") : text}T00:00:00Z`) : null);
  for await (const { line, cells } of readCsvRows(createReadStream(file, { encoding: "utf8" }))) {
    if (line === 1) continue;
    const [registrationNo, passportNo, fullName, fullNameKm, sex, dateOfBirth, phone, provinceCode, destinationCountry, employer, sector, scheme, deployedOn, contractEnd, status] = cells;
    data.push({
      registrationNo, passportNo, fullName, fullNameKm, sex: sex as "M", dateOfBirth: day(dateOfBirth)!, phone: phone || null, provinceCode, destinationCountry,
      postId: posts.get(destinationCountry) ?? null, employer, sector: sector as "OTHER", scheme: scheme as "OTHER", deployedOn: day(deployedOn), contractEnd: day(contractEnd), status: status as "DEPLOYED",
    });
    if (data.length === wanted) break;
  }
  const { count } = await db.worker.createMany({ data });
  return { rows: count, seconds: seconds(start) };
}

const result = mode === "import" ? await importFile() : await createMany();
await db.$disconnect();
process.stdout.write(`\n${JSON.stringify(result)}\n`);
process.exit(0);
