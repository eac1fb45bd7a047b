import "server-only";
import { db } from "@/lib/db";

export type TallyDrift = { tally: "WorkerTally" | "WorkerMonthTally"; cell: Record<string, unknown>; kept: number; actual: number };

/**
 * Recomputes the report tallies from the worker rows with a plain GROUP BY and lists every cell
 * where they disagree. Empty means the reports are exact. A full scan: run it as a check, not per request.
 */
export async function findTallyDrift(): Promise<TallyDrift[]> {
  const cells = await db.$queryRaw<{ postId: string | null; destinationCountry: string; status: string; sector: string; sex: string; provinceCode: string; scheme: string; kept: bigint; actual: bigint }[]>`
    WITH actual AS (
      SELECT "postId", "destinationCountry", status, sector, sex, "provinceCode", scheme, count(*) AS n
      FROM "Worker" GROUP BY 1, 2, 3, 4, 5, 6, 7
    )
    SELECT coalesce(a."postId", t."postId") AS "postId", coalesce(a."destinationCountry", t."destinationCountry") AS "destinationCountry",
           coalesce(a.status, t.status)::text AS status, coalesce(a.sector, t.sector)::text AS sector, coalesce(a.sex, t.sex)::text AS sex,
           coalesce(a."provinceCode", t."provinceCode") AS "provinceCode", coalesce(a.scheme, t.scheme)::text AS scheme,
           coalesce(t.workers, 0) AS kept, coalesce(a.n, 0) AS actual
    FROM actual a FULL JOIN "WorkerTally" t
      ON a."postId" IS NOT DISTINCT FROM t."postId" AND a."destinationCountry" = t."destinationCountry" AND a.status = t.status
     AND a.sector = t.sector AND a.sex = t.sex AND a."provinceCode" = t."provinceCode" AND a.scheme = t.scheme
    WHERE coalesce(t.workers, 0) <> coalesce(a.n, 0)`;
  const months = await db.$queryRaw<{ postId: string | null; destinationCountry: string; month: Date; kind: string; kept: bigint; actual: bigint }[]>`
    WITH actual AS (
      SELECT "postId", "destinationCountry", month, sum(deployed) AS deployed, sum(returned) AS returned FROM (
        SELECT "postId", "destinationCountry", date_trunc('month', "deployedOn")::date AS month, 1 AS deployed, 0 AS returned FROM "Worker" WHERE "deployedOn" IS NOT NULL
        UNION ALL
        SELECT "postId", "destinationCountry", date_trunc('month', "returnedOn")::date, 0, 1 FROM "Worker" WHERE "returnedOn" IS NOT NULL
      ) AS events GROUP BY 1, 2, 3
    ),
    compared AS (
      SELECT coalesce(a."postId", t."postId") AS "postId", coalesce(a."destinationCountry", t."destinationCountry") AS "destinationCountry",
             coalesce(a.month, t.month) AS month, coalesce(t.deployed, 0) AS kept_deployed, coalesce(a.deployed, 0) AS actual_deployed,
             coalesce(t.returned, 0) AS kept_returned, coalesce(a.returned, 0) AS actual_returned
      FROM actual a FULL JOIN "WorkerMonthTally" t
        ON a."postId" IS NOT DISTINCT FROM t."postId" AND a."destinationCountry" = t."destinationCountry" AND a.month = t.month
    )
    SELECT "postId", "destinationCountry", month, 'deployed' AS kind, kept_deployed AS kept, actual_deployed AS actual FROM compared WHERE kept_deployed <> actual_deployed
    UNION ALL
    SELECT "postId", "destinationCountry", month, 'returned', kept_returned, actual_returned FROM compared WHERE kept_returned <> actual_returned`;
  return [
    ...cells.map(({ kept, actual, ...cell }) => ({ tally: "WorkerTally" as const, cell, kept: Number(kept), actual: Number(actual) })),
    ...months.map(({ kept, actual, ...cell }) => ({ tally: "WorkerMonthTally" as const, cell, kept: Number(kept), actual: Number(actual) })),
  ];
}
