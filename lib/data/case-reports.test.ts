import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor, refusal } from "@/lib/test/actors";
import { caseInput } from "@/lib/test/cases";
import { createCase } from "./cases";
import { moveCase, recordCasePayment } from "./case-steps";
import { createAgency } from "./recruitment-agencies";
import { getCaseReport, rankAgencies } from "./case-reports";
import { listCases } from "./case-list";
import { caseReportListFilters, type CaseReportMeasure } from "@/lib/case-report-columns";
import { setCurrencyRate } from "./currency-rates";

afterAll(() => db.$disconnect());

let ministry: Actor;
let admin: Actor;

// Saudi Arabia: no post covers it and no other test records cases there, so these sums are ours alone.
const DESTINATION = "SA";

/** The percentile as PostgreSQL's percentile_cont computes it: linear between the two values around it. */
function percentile(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (position - low);
}

beforeAll(async () => {
  ministry = await actorFor("ministry@registry.test");
  admin = await actorFor("admin@registry.test");
  await setCurrencyRate(ministry, { currency: "SAR", usdPerUnit: "0.2666", asOf: "2026-11-30" });
  await setCurrencyRate(ministry, { currency: "USD", usdPerUnit: "1", asOf: "2026-11-30" });
  const { id: agencyId } = await createAgency(admin, { name: `Desert Star Manpower ${crypto.randomUUID().slice(0, 6)}`, workersSent: "400" });
  const plan: { categories: string[]; agency?: boolean; agencyName?: string; claim?: [string, string]; steps: number; agreed?: string; payments?: [string, string][]; daysAgo: number }[] = [
    { categories: ["RECRUITMENT_FEES_OR_DELAY"], agency: true, claim: ["1500", "USD"], steps: 0, daysAgo: 3 },
    { categories: ["RECRUITMENT_FEES_OR_DELAY", "UNPAID_WAGES"], agency: true, claim: ["9000", "SAR"], steps: 2, daysAgo: 20 },
    { categories: ["UNPAID_WAGES"], agencyName: "Unlicensed broker in Takeo", claim: ["4000", "SAR"], steps: 4, agreed: "3000", payments: [["1000", "SAR"], ["2000", "SAR"]], daysAgo: 40 },
    { categories: ["DEATH"], agency: true, steps: 1, daysAgo: 9 },
    // No rate for the won or the ringgit here: the amount is counted apart, never summed as dollars.
    { categories: ["MISSING_PERSON"], claim: ["300", "KRW"], steps: 4, agreed: "100", payments: [["50", "MYR"]], daysAgo: 70 },
  ];
  await db.currencyRate.deleteMany({ where: { currency: { in: ["KRW", "MYR"] } } });
  // A run again on the same database starts from no Saudi case (their events cascade; the audit log stays).
  await db.case.deleteMany({ where: { destinationCountry: DESTINATION } });
  for (const entry of plan) {
    const { id } = await createCase(ministry, caseInput({
      destinationCountry: DESTINATION,
      categories: entry.categories,
      agencyId: entry.agency ? agencyId : undefined,
      agencyName: entry.agencyName,
      amountClaimed: entry.claim?.[0],
      currency: entry.claim?.[1],
    }));
    const receivedAt = new Date(Date.now() - entry.daysAgo * 86_400_000);
    await db.case.update({ where: { id }, data: { receivedAt } });
    const on = (days: number) => new Date(receivedAt.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    let version = 1;
    const path = ["ACKNOWLEDGED", "ASSESSMENT", "MEDIATION", "RESOLVED"].slice(0, entry.steps);
    for (const [i, status] of path.entries()) {
      const extra = status === "RESOLVED" ? { outcome: entry.agreed ? "COMPENSATION_AGREED" : "NO_REMEDY", amountAgreed: entry.agreed, currency: entry.claim?.[1] } : {};
      ({ version } = await moveCase(ministry, id, { status, version, on: on(Math.min(entry.daysAgo, (i + 1) * 2)), ...extra }));
    }
    for (const [amount, currency] of entry.payments ?? []) await recordCasePayment(ministry, id, { amount, currency, receivedOn: on(entry.daysAgo) });
  }
  // A sensitive case nobody has taken yet, as one from the public page may be: counted all the same.
  await db.case.updateMany({ where: { destinationCountry: DESTINATION, sensitive: true }, data: { assignedOfficerId: null } });
});

describe("case reports", () => {
  it.each(["destination", "category", "status", "agency"] as const)("by %s equal a plain GROUP BY over the case rows", async (by) => {
    const report = await getCaseReport(ministry, { by, destination: DESTINATION });
    const key = {
      destination: Prisma.sql`c."destinationCountry"::text`,
      category: Prisma.sql`unnest(c.categories)::text`,
      status: Prisma.sql`c.status::text`,
      agency: Prisma.sql`COALESCE(c."agencyId"::text, 'name:' || c."agencyName", '')`,
    }[by];
    // Counts, straight from the rows.
    const counts = await db.$queryRaw<{ key: string; cases: number; open: number; sensitive: number }[]>`
      SELECT ${key} AS key, count(*)::int AS cases, count(*) FILTER (WHERE c.status NOT IN ('RESOLVED','CLOSED'))::int AS open, count(*) FILTER (WHERE c.sensitive)::int AS sensitive
      FROM "Case" c WHERE c."destinationCountry" = ${DESTINATION} GROUP BY 1 ORDER BY 1`;
    expect(report.rows.map(({ key, cases, open, sensitive }) => ({ key, cases, open, sensitive })).sort((a, b) => a.key.localeCompare(b.key))).toEqual(counts);
    expect(report.total.cases).toBe(await db.case.count({ where: { destinationCountry: DESTINATION } }));

    // Money and times, per group, from the rows fetched one by one.
    const cases = await db.case.findMany({
      where: { destinationCountry: DESTINATION },
      select: { id: true, categories: true, status: true, agencyId: true, agencyName: true, destinationCountry: true, currency: true, amountClaimed: true, amountAgreed: true, receivedAt: true, acknowledgedAt: true, resolvedAt: true, payments: true, _count: { select: { workers: true } } },
    });
    const rates = new Map((await db.currencyRate.findMany()).map((rate) => [rate.currency, Number(rate.usdPerUnit)]));
    const groupsOf = (c: (typeof cases)[number]) =>
      by === "category" ? c.categories : [by === "destination" ? c.destinationCountry : by === "status" ? c.status : (c.agencyId ?? (c.agencyName ? `name:${c.agencyName}` : ""))];
    for (const row of report.rows) {
      const mine = cases.filter((c) => (groupsOf(c) as string[]).includes(row.key));
      const usd = (amount: unknown, currency: string | null) => (amount !== null && currency && rates.has(currency) ? Number(amount) * rates.get(currency)! : 0);
      const days = (from: Date, to: Date | null) => (to ? (to.getTime() - from.getTime()) / 86_400_000 : null);
      const acknowledged = mine.map((c) => days(c.receivedAt, c.acknowledgedAt)).filter((d): d is number => d !== null);
      const resolved = mine.map((c) => days(c.receivedAt, c.resolvedAt)).filter((d): d is number => d !== null);
      expect(row.workers).toBe(mine.reduce((sum, c) => sum + c._count.workers, 0));
      expect(row.claimedUsd).toBeCloseTo(mine.reduce((sum, c) => sum + usd(c.amountClaimed, c.currency), 0), 6);
      expect(row.agreedUsd).toBeCloseTo(mine.reduce((sum, c) => sum + usd(c.amountAgreed, c.currency), 0), 6);
      expect(row.receivedUsd).toBeCloseTo(mine.reduce((sum, c) => sum + c.payments.reduce((s, p) => s + usd(p.amount, p.currency), 0), 0), 6);
      expect(row.acknowledgeMedianDays).toEqual(acknowledged.length ? expect.closeTo(percentile(acknowledged, 0.5)!, 6) : null);
      expect(row.resolveP90Days).toEqual(resolved.length ? expect.closeTo(percentile(resolved, 0.9)!, 6) : null);
    }
  });

  it("sums dollars through the rate table and counts what it could not convert", async () => {
    const { total } = await getCaseReport(ministry, { destination: DESTINATION });
    // 1,500 USD + (9,000 + 4,000) SAR claimed; 3,000 SAR agreed; 3,000 SAR received; KRW and MYR have no rate.
    expect(total.claimedUsd).toBeCloseTo(1500 + 13_000 * 0.2666, 6);
    expect(total.agreedUsd).toBeCloseTo(3000 * 0.2666, 6);
    expect(total.receivedUsd).toBeCloseTo(3000 * 0.2666, 6);
    expect(total.unconvertedAmounts).toBe(3);
  });

  it("ranks agencies by complaints per thousand workers sent, and keeps officers to their post", async () => {
    const ranking = await rankAgencies(ministry);
    const desert = ranking.find((row) => row.name.startsWith("Desert Star Manpower"))!;
    expect(desert).toMatchObject({ cases: 3, workersSent: 400, per1000: 7.5 });
    const bangkok = await actorFor("officer.th@registry.test");
    const local = await getCaseReport(bangkok, { by: "destination" });
    expect(local.rows.every((row) => row.key === "TH")).toBe(true);
    expect((await refusal(getCaseReport(admin, {}))).code).toBe("FORBIDDEN");
    expect((await refusal(getCaseReport(ministry, { by: "sector" }))).code).toBe("VALIDATION");
  });

  it.each(["destination", "category", "status", "agency"] as const)("by %s: each count opens a case list of exactly the cases it counts", async (by) => {
    const report = await getCaseReport(ministry, { by, destination: DESTINATION, from: isoDaysAgo(60) });
    expect(report.total.cases).toBeGreaterThan(0);
    // The list shows what the viewer may open and counts the sensitive rest apart: together, the report's number.
    const listed = async (key: string | null, measure: CaseReportMeasure) => {
      const filters = caseReportListFilters(report, key, measure);
      if (!filters) return null;
      const list = await listCases(ministry, filters);
      return list.total + list.hiddenSensitive;
    };
    for (const row of [...report.rows, { key: null, ...report.total }]) {
      expect(await listed(row.key, "cases")).toBe(row.cases);
      expect(await listed(row.key, "sensitive")).toBe(row.sensitive);
      const open = await listed(row.key, "open");
      // A resolved or closed step's open cases are none, and no list is offered for them.
      expect(open ?? 0).toBe(row.open);
    }
  });

  it("keeps to the days chosen, in the report, the ranking and the list alike", async () => {
    const recent = { destination: DESTINATION, from: isoDaysAgo(30), to: isoDaysAgo(0) };
    const report = await getCaseReport(ministry, recent);
    const expected = await db.case.count({ where: { destinationCountry: DESTINATION, receivedAt: { gte: new Date(`${recent.from}T00:00:00Z`) } } });
    expect(report.total.cases).toBe(expected);
    expect(expected).toBe(3);
    const desert = (await rankAgencies(ministry, recent)).find((row) => row.name.startsWith("Desert Star Manpower"))!;
    expect(desert.cases).toBe(3);
    const list = await listCases(ministry, caseReportListFilters(report, null, "cases")!);
    expect(list.total + list.hiddenSensitive).toBe(expected);
    expect((await rankAgencies(ministry, { destination: DESTINATION, to: isoDaysAgo(35) })).find((row) => row.name.startsWith("Desert Star Manpower"))).toBeUndefined();
  });
});

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

