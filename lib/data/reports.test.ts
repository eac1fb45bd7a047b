import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, workerInput } from "@/lib/test/actors";
import { createWorker } from "./workers";
import { changeWorkerStatus, transferWorker } from "./worker-lifecycle";
import { getBreakdown, getDestinationReport, getMonthlySeries } from "./reports";
import { findTallyDrift } from "./tally-check";
import { countWorkers } from "./worker-list";

afterAll(() => db.$disconnect());

/** What a plain GROUP BY over the register says right now. */
async function deployedByCountry(): Promise<Record<string, number>> {
  const rows = await db.worker.groupBy({ by: ["destinationCountry"], where: { status: "DEPLOYED" }, _count: true });
  return Object.fromEntries(rows.map((r) => [r.destinationCountry, r._count]));
}

describe("the tallies behind the reports", () => {
  it("equal a fresh GROUP BY after creates, status changes, transfers and deletes", async () => {
    const bangkok = await actorFor("officer.th@registry.test");
    const ministry = await actorFor("ministry@registry.test");
    const created = await createWorker(bangkok, workerInput({ status: "PRE_DEPARTURE", deployedOn: undefined, contractEnd: undefined }));
    await changeWorkerStatus(bangkok, created.id, { status: "DEPLOYED", effectiveOn: "2025-04-10", version: 1 });
    await changeWorkerStatus(bangkok, created.id, { status: "RETURNED", effectiveOn: "2025-10-01", version: 2 });
    const moved = await createWorker(bangkok, workerInput());
    await transferWorker(bangkok, moved.id, { destinationCountry: "KR", effectiveOn: "2025-06-01", version: 1 });
    const removed = await createWorker(bangkok, workerInput({ status: "PRE_DEPARTURE", deployedOn: undefined, contractEnd: undefined }));
    await db.worker.delete({ where: { id: removed.id } });

    expect(await findTallyDrift()).toEqual([]);
    const report = await getDestinationReport(ministry);
    const actual = await deployedByCountry();
    for (const row of report.rows) expect(row.registered).toBe(actual[row.country] ?? 0);
  });

  it("stay exact under concurrent writes from several officers", async () => {
    const officers = await Promise.all(["officer.th@registry.test", "officer.kr@registry.test", "officer.my@registry.test"].map(actorFor));
    const countries = ["TH", "KR", "MY"];
    await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const officer = officers[i % 3];
        const { id } = await createWorker(officer, workerInput({ destinationCountry: countries[i % 3], status: "PRE_DEPARTURE", deployedOn: undefined, contractEnd: undefined }));
        await changeWorkerStatus(officer, id, { status: "DEPLOYED", effectiveOn: "2025-0" + (1 + (i % 9)) + "-15", version: 1 });
        if (i % 4 === 0) await transferWorker(officer, id, { destinationCountry: countries[(i + 1) % 3], effectiveOn: "2025-11-01", version: 2 });
      }),
    );
    expect(await findTallyDrift()).toEqual([]);
  });

  it("give the list an exact count for the filters a report drills down with", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const report = await getDestinationReport(ministry);
    const thailand = report.rows.find((r) => r.country === "TH")!;
    expect(await countWorkers(ministry, { country: "TH", status: "DEPLOYED" })).toEqual({ count: thailand.registered, exact: true });
    const bySector = await getBreakdown(ministry, { by: "sector", country: "TH", status: "DEPLOYED" });
    expect(bySector.total).toBe(thailand.registered);
    for (const row of bySector.rows) {
      expect((await countWorkers(ministry, { country: "TH", status: "DEPLOYED", sector: row.key })).count).toBe(row.workers);
    }
  });
});

describe("the reconciliation table", () => {
  it("compares each country with every current published figure, and totals each source", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const report = await getDestinationReport(ministry);
    const korea = report.rows.find((r) => r.country === "KR")!;
    expect(korea.published.map((p) => [p.sourceId, p.workers])).toEqual(
      expect.arrayContaining([
        ["molvt-2021", 45_866],
        ["kr-embassy-2022-03", 45_000],
      ]),
    );
    for (const figure of korea.published) {
      expect(figure.gap).toBe(korea.registered - figure.workers);
      expect(figure.coverage).toBeCloseTo(korea.registered / figure.workers, 12);
    }
    // The reference is the ministry's own report, though the ambassador's statement is newer.
    expect(korea.reference).toMatchObject({ sourceId: "molvt-2021", workers: 45_866, basis: "newestOfficial" });
    const ministryTotal = report.total.published.find((p) => p.sourceId === "molvt-2021")!;
    expect(ministryTotal.workers).toBe(1_301_609);
    expect(ministryTotal.countries.sort()).toEqual(["HK", "JP", "KR", "MY", "SA", "SG", "TH"]);
    // The ambassador spoke of Korea alone: no "total" row of that one figure beside the national one.
    expect(report.total.published.map((p) => p.sourceId)).not.toContain("kr-embassy-2022-03");
    expect(report.total.registered).toBe(report.rows.reduce((sum, row) => sum + row.registered, 0));
    expect(report.total.reference).toMatchObject({ workers: 1_301_609, registered: report.total.registered, sources: [{ sourceId: "molvt-2021" }] });
  });

  it("handles a published zero and a country without any figure", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const id = `test-zero-${Date.now()}`;
    await db.publishedSource.create({
      data: { id, title: "A source that counts nobody in Saudi Arabia", publishedOn: new Date("2025-01-10"), asOf: new Date("2024-12-31"), figures: { create: [{ countryCode: "SA", workers: 0 }] } },
    });
    try {
      const report = await getDestinationReport(ministry);
      const saudi = report.rows.find((r) => r.country === "SA")!;
      const zero = saudi.published.find((p) => p.sourceId === id)!;
      expect(zero).toMatchObject({ workers: 0, gap: saudi.registered, coverage: null });
      // Only Saudi Arabia has a figure from this source: no other row shows it.
      expect(report.rows.filter((r) => r.published.some((p) => p.sourceId === id)).map((r) => r.country)).toEqual(["SA"]);
      // A source of one destination has no total of its own: its figure is in that destination's lines.
      expect(report.total.published.find((p) => p.sourceId === id)).toBeUndefined();
    } finally {
      await db.publishedSource.delete({ where: { id } });
    }
  });

  it("never includes another post's countries in an officer's report", async () => {
    const seoul = await actorFor("officer.kr@registry.test");
    const report = await getDestinationReport(seoul);
    expect(report.rows.map((r) => r.country)).toEqual(["KR"]);
    // Within Seoul's one destination no source covers more than one: no source totals, and the national line is Korea's.
    expect(report.total.published).toEqual([]);
    expect(report.total.reference).toMatchObject({ workers: 45_866, countries: ["KR"] });
    const breakdown = await getBreakdown(seoul, { by: "status" });
    const heldBySeoul = await db.worker.count({ where: { postId: seoul.postId } });
    expect(breakdown.total).toBe(heldBySeoul);
    const thailand = await getBreakdown(seoul, { by: "status", country: "TH" });
    expect(thailand.total).toBe(0);
  });

  it("is refused to administrators and anonymous callers", async () => {
    const admin = await actorFor("admin@registry.test");
    for (const [actor, code] of [[admin, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      const error = await getDestinationReport(actor).then(() => null, (e: unknown) => e);
      expect((error as AppError).code).toBe(code);
    }
  });
});

describe("the monthly series", () => {
  it("lists every month of the range with deployments and returns by the workers' dates", async () => {
    const bangkok = await actorFor("officer.th@registry.test");
    const before = await getMonthlySeries(bangkok, { from: "2019-01", to: "2019-03" });
    const { id } = await createWorker(bangkok, workerInput({ status: "DEPLOYED", deployedOn: "2019-02-11", contractEnd: undefined, dateOfBirth: "1980-01-01" }));
    await changeWorkerStatus(bangkok, id, { status: "RETURNED", effectiveOn: "2019-03-30", version: 1 });
    const after = await getMonthlySeries(bangkok, { from: "2019-01", to: "2019-03" });
    expect(after.months.map((m) => m.month)).toEqual(["2019-01", "2019-02", "2019-03"]);
    expect(after.months[1].deployed - before.months[1].deployed).toBe(1);
    expect(after.months[2].returned - before.months[2].returned).toBe(1);
  });

  it("refuses a range that ends before it starts", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const error = await getMonthlySeries(ministry, { from: "2025-05", to: "2025-01" }).then(() => null, (e: unknown) => e);
    expect((error as AppError).fields).toEqual({ to: ["validation.monthOrder"] });
  });
});
