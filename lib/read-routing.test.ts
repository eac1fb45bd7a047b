/**
 * The replica-routing rule (lib/db.ts `readerFor`) against two databases: the file's own as the
 * primary, and a second clone of the same template as the "replica", which receives none of the
 * primary's writes, like a replica whose replay is paused. What each function answers then shows
 * which of the two it read, for every part of its answer.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cloneTemplateDatabase } from "@/scripts/test-databases";

// Before lib/env reads the environment: every module that reaches lib/db is imported below, after this.
const template = inject("templateDatabaseUrl");
if (!template) throw new Error("vitest's global setup provides the template database (scripts/vitest-global-setup.ts)");
process.env.DATABASE_REPLICA_URL = await cloneTemplateDatabase(template);

const { db, readerFor } = await import("@/lib/db");
const { actorFor, workerInput } = await import("@/lib/test/actors");
const { courseInput } = await import("@/lib/test/course-input");
const { createWorker } = await import("@/lib/data/workers");
const { listWorkers, countWorkers } = await import("@/lib/data/worker-list");
const { listQuotas, saveQuota } = await import("@/lib/data/quotas");
const { createCourse, getCourseStatistics } = await import("@/lib/data/courses");
const { getBreakdown } = await import("@/lib/data/reports");

const replica = readerFor();
afterAll(() => Promise.all([db.$disconnect(), replica.$disconnect()]));

type Actor = Awaited<ReturnType<typeof actorFor>>;
let officer: Actor;
let ministry: Actor;
beforeAll(async () => {
  [officer, ministry] = await Promise.all([actorFor("officer.th@registry.test"), actorFor("ministry@registry.test")]);
});

describe("readerFor, the one rule", () => {
  it("sends what may lag to the replica, and what follows one's own write or carries versions to the primary", () => {
    expect(replica).not.toBe(db);
    expect(readerFor({})).toBe(replica);
    expect(readerFor({ afterOwnWrite: true })).toBe(db);
    expect(readerFor({ forCorrection: true })).toBe(db);
  });
});

describe("the functions that read through it", () => {
  it("the worker list, its count and the reports read the replica; the list after one's own change the primary", async () => {
    const { registrationNo } = await createWorker(officer, workerInput({ deployedOn: "2013-05-02" }));
    const report = await getBreakdown(ministry, { by: "status", country: "TH" });
    expect((await listWorkers(officer, { q: registrationNo })).items).toEqual([]);
    expect((await countWorkers(officer, { q: registrationNo })).count).toBe(0);
    expect((await listWorkers(officer, { q: registrationNo }, { afterOwnWrite: true })).items.map((item) => item.registrationNo)).toEqual([registrationNo]);
    expect((await countWorkers(officer, { q: registrationNo }, { afterOwnWrite: true })).count).toBe(1);
    // The report counts what the replica holds: the primary has one Thai worker more.
    const onPrimary = await db.worker.count({ where: { destinationCountry: "TH" } });
    const onReplica = await replica.worker.count({ where: { destinationCountry: "TH" } });
    expect(onPrimary).toBe(onReplica + 1);
    expect(report.total).toBe(onReplica);
  });

  it("the quotas, which carry their versions, read quota and deployments alike from the primary", async () => {
    // A year no demo worker was deployed in: the deployments counted are this test's own.
    const year = 2012;
    await createWorker(officer, workerInput({ deployedOn: `${year}-03-15` }));
    await createWorker(officer, workerInput({ deployedOn: `${year}-09-01` }));
    const { version } = await saveQuota(ministry, { countryCode: "TH", year, workers: 40 });

    const thailand = (await listQuotas(ministry, year)).find((row) => row.country === "TH")!;
    expect(thailand).toMatchObject({ quota: { workers: 40, version }, deployed: 2, utilisation: 2 / 40 });
    expect(await replica.quota.count({ where: { year } })).toBe(0);
  });

  it("course statistics read the replica, all of their parts", async () => {
    const row = async () => (await getCourseStatistics(officer)).find((one) => one.postId === officer.postId)!;
    const before = await row();
    await createCourse(officer, courseInput());
    const after = await row();
    expect(after).toEqual(before);
    const open = { postId: officer.postId!, status: "OPEN" as const };
    expect(await db.course.count({ where: open })).toBe((await replica.course.count({ where: open })) + 1);
    expect(after.courses.OPEN).toBe(await replica.course.count({ where: open }));
  });
});
