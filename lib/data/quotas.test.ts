import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, workerInput } from "@/lib/test/actors";
import { listQuotas, saveQuota } from "./quotas";
import { createWorker } from "./workers";

afterAll(() => db.$disconnect());

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The quota on record now (tests run again on the same database find their own earlier ones). */
async function currentVersion(countryCode: string, year: number): Promise<number | undefined> {
  const quota = await db.quota.findUnique({ where: { countryCode_year: { countryCode, year } }, select: { version: true } });
  return quota?.version;
}

function deployedIn(year: number, where: { destinationCountry: string; postId?: string }) {
  return db.worker.count({ where: { ...where, deployedOn: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } } });
}

describe("listQuotas", () => {
  it("puts deployments in the year against the quota: utilisation is their ratio", async () => {
    // A year no demo worker was deployed in, so that the test's own deployments are all there is to count.
    const year = 2016;
    const ministry = await actorFor("ministry@registry.test");
    const officer = await actorFor("officer.th@registry.test");
    await createWorker(officer, workerInput({ dateOfBirth: "1990-04-02", deployedOn: `${year}-03-15` }));
    await createWorker(officer, workerInput({ dateOfBirth: "1991-05-03", deployedOn: `${year}-11-30`, status: "DEPLOYED" }));
    // Deployed the year before and the year after: not this year's.
    await createWorker(officer, workerInput({ dateOfBirth: "1992-06-04", deployedOn: `${year - 1}-12-31` }));
    await createWorker(officer, workerInput({ dateOfBirth: "1993-07-05", deployedOn: `${year + 1}-01-01` }));

    await saveQuota(ministry, { countryCode: "TH", year, workers: 40, note: "MoU intake", version: await currentVersion("TH", year) });
    const deployed = await deployedIn(year, { destinationCountry: "TH" });
    expect(deployed).toBe(2);

    const rows = await listQuotas(ministry, year);
    const thailand = rows.find((row) => row.country === "TH")!;
    expect(thailand).toMatchObject({ nameEn: "Thailand", year, deployed, quota: { countryCode: "TH", year, workers: 40, note: "MoU intake" } });
    expect(thailand.utilisation).toBeCloseTo(deployed / 40, 10);

    // One more deployment that year moves it by one fortieth.
    await createWorker(officer, workerInput({ dateOfBirth: "1994-08-06", deployedOn: `${year}-06-01` }));
    const after = (await listQuotas(ministry, year)).find((row) => row.country === "TH")!;
    expect(after.deployed).toBe(deployed + 1);
    expect(after.utilisation).toBeCloseTo((deployed + 1) / 40, 10);

    // Every destination has its row; one without a quota has no utilisation.
    expect(rows.map((row) => row.country).sort()).toEqual(["HK", "JP", "KR", "MY", "SA", "SG", "TH"]);
    expect(rows.find((row) => row.country === "SA")).toMatchObject({ quota: null, utilisation: null });
  });

  it("shows an officer the destinations of their post only, with their post's deployments", async () => {
    const year = 2016;
    const officer = await actorFor("officer.th@registry.test");
    const rows = await listQuotas(officer, year);
    const covered = await db.country.findMany({ where: { posts: { some: { id: officer.postId! } } }, select: { code: true } });
    expect(rows.map((row) => row.country).sort()).toEqual(covered.map((c) => c.code).sort());
    const thailand = rows.find((row) => row.country === "TH")!;
    expect(thailand.deployed).toBe(await deployedIn(year, { destinationCountry: "TH", postId: officer.postId! }));
  });
});

describe("saveQuota", () => {
  it("sets a quota, corrects it as of the version seen, and refuses a stale version, each change audited", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const year = 2017;
    const first = await saveQuota(ministry, { countryCode: "kr", year, workers: 6000, version: await currentVersion("KR", year) });
    const second = await saveQuota(ministry, { countryCode: "KR", year, workers: 6500, note: "raised after talks", version: first.version });
    expect(second).toEqual({ id: first.id, version: first.version + 1 });

    const stale = await refusal(saveQuota(ministry, { countryCode: "KR", year, workers: 7000, version: first.version }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toEqual({ id: first.id, countryCode: "KR", year, workers: 6500, note: "raised after talks", version: second.version });
    // Someone set it meanwhile: a new quota for the same destination and year is a conflict too.
    expect((await refusal(saveQuota(ministry, { countryCode: "KR", year, workers: 7000 }))).code).toBe("CONFLICT");
    expect(await db.quota.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ workers: 6500, version: second.version });

    const events = await db.auditEvent.findMany({ where: { entityType: "Quota", entityId: first.id }, orderBy: { id: "asc" } });
    expect(events.at(-1)).toMatchObject({
      action: "quota.update",
      actorId: ministry.id,
      before: { workers: 6000, note: null },
      after: { countryCode: "KR", year, workers: 6500, note: "raised after talks" },
    });
    expect(events[0]).toMatchObject({ action: "quota.create", after: { countryCode: "KR", year, workers: 6000 } });
  });

  it("refuses invalid input and unknown destinations", async () => {
    const ministry = await actorFor("ministry@registry.test");
    expect((await refusal(saveQuota(ministry, { countryCode: "KR", year: 1999, workers: -1 }))).fields).toEqual({
      year: ["validation.year"],
      workers: ["validation.number"],
    });
    expect((await refusal(saveQuota(ministry, { countryCode: "KR", year: 2017, workers: "" }))).fields).toEqual({ workers: ["validation.number"] });
    expect((await refusal(saveQuota(ministry, { countryCode: "ZZ", year: 2017, workers: 5 }))).fields).toEqual({ countryCode: ["validation.choose"] });
  });

  it("is for ministry staff only; administrators cannot read quotas either", async () => {
    const officer = await actorFor("officer.kr@registry.test");
    const admin = await actorFor("admin@registry.test");
    const before = await db.quota.count();
    expect((await refusal(saveQuota(officer, { countryCode: "KR", year: 2018, workers: 100 }))).code).toBe("FORBIDDEN");
    expect((await refusal(saveQuota(admin, { countryCode: "KR", year: 2018, workers: 100 }))).code).toBe("FORBIDDEN");
    expect((await refusal(listQuotas(admin, 2018))).code).toBe("FORBIDDEN");
    expect((await refusal(listQuotas(null, 2018))).code).toBe("UNAUTHENTICATED");
    expect(await db.quota.count()).toBe(before);
  });
});
