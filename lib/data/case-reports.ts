import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { CaseReportNumbers } from "@/lib/case-report-columns";
import { Prisma, readerFor, type Reader } from "@/lib/db";
import { CaseReportQuery } from "@/lib/schemas/case-report";
import { dayAfter, parseInput, UUID } from "@/lib/schemas/common";
import { authorize, type PostScope } from "./authorize";

export type CaseReportRow = CaseReportNumbers & {
  /** The destination's code, the category, the step, or the agency's id ("name:<text>" for one not on the list, "" for none). */
  key: string;
  label: string | null;
};

export type CaseReport = { by: CaseReportQuery["by"]; filters: Omit<CaseReportQuery, "by">; asOf: Date; rows: CaseReportRow[]; total: CaseReportNumbers };

/** The grouping key of each dimension, over `c` (the case) and `a` (its agency). */
const keyOf: Record<CaseReportQuery["by"], Prisma.Sql> = {
  destination: Prisma.sql`c."destinationCountry"::text`,
  status: Prisma.sql`c.status::text`,
  category: Prisma.sql`category::text`,
  agency: Prisma.sql`COALESCE(c."agencyId"::text, 'name:' || c."agencyName", '')`,
};

const DAY_SECONDS = 86_400;

/** The cases a report covers, over `c`: the actor's post (if any), received between two days, one destination. */
function reportWhere(query: Omit<CaseReportQuery, "by">, within: PostScope): Prisma.Sql {
  const conditions = [
    within.sql(Prisma.sql`c."postId"`),
    query.from ? Prisma.sql`c."receivedAt" >= ${query.from}` : Prisma.sql`TRUE`,
    query.to ? Prisma.sql`c."receivedAt" < ${dayAfter(query.to)}` : Prisma.sql`TRUE`,
    query.destination ? Prisma.sql`c."destinationCountry" = ${query.destination}` : Prisma.sql`TRUE`,
  ];
  return Prisma.join(conditions, " AND ");
}

/**
 * Cases grouped by destination, category (a case counts under each of its categories), step or
 * agency, within the actor's scope. Sensitive cases are counted like the others: the report shows
 * numbers, never the cases. Money is summed in US dollars through the rate table, each amount in
 * the currency it was stored in.
 */
export async function getCaseReport(actor: Actor | null, raw: unknown = {}): Promise<CaseReport> {
  const { within } = authorize(actor, "case.report");
  const query = parseInput(CaseReportQuery, raw);
  const where = reportWhere(query, within);
  // The total counts each case once, whatever the grouping.
  const grouped = (key: Prisma.Sql, categories: Prisma.Sql = Prisma.empty) => Prisma.sql`
    WITH per_case AS (
      SELECT c.id, ${key} AS key, c.status, c.sensitive, c."receivedAt", c."acknowledgedAt", c."resolvedAt",
             c."amountClaimed" * r."usdPerUnit" AS claimed_usd,
             c."amountAgreed" * r."usdPerUnit" AS agreed_usd,
             (c."amountClaimed" IS NOT NULL AND r.currency IS NULL)::int + (c."amountAgreed" IS NOT NULL AND r.currency IS NULL)::int AS unconverted_case,
             (SELECT count(*) FROM "CaseWorker" w WHERE w."caseId" = c.id) AS workers,
             (SELECT COALESCE(sum(p.amount * pr."usdPerUnit"), 0) FROM "CasePayment" p LEFT JOIN "CurrencyRate" pr ON pr.currency = p.currency WHERE p."caseId" = c.id) AS received_usd,
             (SELECT count(*) FROM "CasePayment" p LEFT JOIN "CurrencyRate" pr ON pr.currency = p.currency WHERE p."caseId" = c.id AND pr.currency IS NULL) AS unconverted_payments
      FROM "Case" c
      ${categories}
      LEFT JOIN "CurrencyRate" r ON r.currency = c.currency
      WHERE ${where}
    )
    SELECT key,
           count(*)::int AS cases,
           count(*) FILTER (WHERE status NOT IN ('RESOLVED', 'CLOSED'))::int AS open,
           count(*) FILTER (WHERE sensitive)::int AS sensitive,
           COALESCE(sum(workers), 0)::int AS workers,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "acknowledgedAt" - "receivedAt")) / ${DAY_SECONDS} AS ack_median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM "acknowledgedAt" - "receivedAt")) / ${DAY_SECONDS} AS ack_p90,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "resolvedAt" - "receivedAt")) / ${DAY_SECONDS} AS resolve_median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM "resolvedAt" - "receivedAt")) / ${DAY_SECONDS} AS resolve_p90,
           COALESCE(sum(claimed_usd), 0)::float8 AS claimed_usd,
           COALESCE(sum(agreed_usd), 0)::float8 AS agreed_usd,
           COALESCE(sum(received_usd), 0)::float8 AS received_usd,
           (sum(unconverted_case) + sum(unconverted_payments))::int AS unconverted
    FROM per_case
    GROUP BY key
    ORDER BY cases DESC, key`;

  type Raw = {
    key: string;
    cases: number;
    open: number;
    sensitive: number;
    workers: number;
    ack_median: number | null;
    ack_p90: number | null;
    resolve_median: number | null;
    resolve_p90: number | null;
    claimed_usd: number;
    agreed_usd: number;
    received_usd: number;
    unconverted: number;
  };
  const reader = readerFor();
  const [rows, [total]] = await Promise.all([reader.$queryRaw<Raw[]>(grouped(keyOf[query.by], query.by === "category" ? Prisma.sql`CROSS JOIN LATERAL unnest(c.categories) AS category` : Prisma.empty)), reader.$queryRaw<Raw[]>(grouped(Prisma.sql`''`))]);
  const labels = query.by === "agency" ? await agencyNames(reader, rows.map((row) => row.key)) : new Map<string, string>();
  const present = (row: Raw) => ({
    cases: row.cases,
    open: row.open,
    sensitive: row.sensitive,
    workers: row.workers,
    acknowledgeMedianDays: row.ack_median,
    acknowledgeP90Days: row.ack_p90,
    resolveMedianDays: row.resolve_median,
    resolveP90Days: row.resolve_p90,
    claimedUsd: row.claimed_usd,
    agreedUsd: row.agreed_usd,
    receivedUsd: row.received_usd,
    unconvertedAmounts: row.unconverted,
  });
  const empty: Raw = { key: "", cases: 0, open: 0, sensitive: 0, workers: 0, ack_median: null, ack_p90: null, resolve_median: null, resolve_p90: null, claimed_usd: 0, agreed_usd: 0, received_usd: 0, unconverted: 0 };
  return {
    by: query.by,
    filters: { from: query.from, to: query.to, destination: query.destination },
    asOf: new Date(),
    rows: rows.map((row) => ({ key: row.key, label: labels.get(row.key) ?? (row.key.startsWith("name:") ? row.key.slice(5) : null), ...present(row) })),
    total: present(total ?? empty),
  };
}

async function agencyNames(reader: Reader, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.filter((key) => UUID.test(key));
  const agencies = await reader.recruitmentAgency.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(agencies.map((agency) => [agency.id, agency.name]));
}

/**
 * Licensed agencies ranked by complaints per thousand workers they sent, where the ministry knows
 * how many they sent; the others follow by number of complaints. The complaints are those the case
 * report counts for the same choices (period, destination); the workers sent, the agency's own figure.
 */
export async function rankAgencies(actor: Actor | null, raw: unknown = {}): Promise<{ id: string; name: string; cases: number; workersSent: number | null; per1000: number | null }[]> {
  const { within } = authorize(actor, "case.report");
  const query = parseInput(CaseReportQuery, raw);
  const where = reportWhere(query, within);
  const rows = await readerFor().$queryRaw<{ id: string; name: string; cases: number; workersSent: number | null }[]>`
    SELECT a.id::text, a.name, count(c.id)::int AS cases, a."workersSent"
    FROM "RecruitmentAgency" a
    JOIN "Case" c ON c."agencyId" = a.id AND ${where}
    GROUP BY a.id`;
  return rows
    .map((row) => ({ ...row, per1000: row.workersSent ? (row.cases * 1000) / row.workersSent : null }))
    .sort((a, b) => (b.per1000 ?? -1) - (a.per1000 ?? -1) || b.cases - a.cases || a.name.localeCompare(b.name));
}
