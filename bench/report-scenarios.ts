/**
 * The reports' data functions (lib/data/reports.ts), which read the tallies that triggers keep,
 * against the plain GROUP BY over the workers that answers the same question. Both ways return
 * the same text, so timeScenario's first run also checks that the tallies are exact.
 */
import type * as Reports from "../lib/data/reports";
import type * as Database from "../lib/db";
import type { Scenario } from "./measure";
import type { BenchActors } from "./scenarios";

type Data = { reports: typeof Reports; database: typeof Database };

/** "key value, …" in key order, leaving out what is nought: tallies keep no empty cells to show. */
export const listed = (entries: [string, number | number[]][]) =>
  entries
    .filter(([, value]) => [value].flat().some(Boolean))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key} ${[value].flat().join("/")}`)
    .join(", ");

export async function buildReportScenarios({ reports, database }: Data, actors: BenchActors): Promise<Scenario[]> {
  const { db, Prisma } = database;
  const who = [
    { label: "ministry", actor: actors.ministry, scope: Prisma.sql`TRUE` },
    { label: "Bangkok officer", actor: actors.officer, scope: Prisma.sql`"postId" = ${actors.officer.postId}::uuid` },
  ];
  // The monthly series' default range (the last 24 months), which the GROUP BY must cover too.
  const { from, to } = await reports.getMonthlySeries(actors.ministry, {});
  const [start, end] = [Prisma.sql`${`${from}-01`}::date`, Prisma.sql`(${`${to}-01`}::date + interval '1 month')`];
  type Counted = { key: string; n: bigint };
  const counted = (rows: Counted[]) => listed(rows.map((row) => [row.key, Number(row.n)]));

  return who.flatMap(({ label, actor, scope }): Scenario[] => [
    {
      group: "report",
      name: `${label}: deployed per destination`,
      ours: async () => listed((await reports.getDestinationReport(actor)).rows.map((row) => [row.country, row.registered])),
      naive: async () =>
        counted(await db.$queryRaw<Counted[]>`SELECT "destinationCountry" AS key, count(*) AS n FROM "Worker" WHERE status = 'DEPLOYED' AND ${scope} GROUP BY 1`),
    },
    {
      group: "report",
      name: `${label}: Thailand by sector`,
      ours: async () => listed((await reports.getBreakdown(actor, { by: "sector", country: "TH" })).rows.map((row) => [row.key, row.workers])),
      naive: async () =>
        counted(await db.$queryRaw<Counted[]>`SELECT sector::text AS key, count(*) AS n FROM "Worker" WHERE "destinationCountry" = 'TH' AND ${scope} GROUP BY 1`),
    },
    {
      group: "report",
      name: `${label}: deployments/returns per month`,
      ours: async () => listed((await reports.getMonthlySeries(actor, {})).months.map((m) => [m.month, [m.deployed, m.returned]])),
      naive: async () => {
        const rows = await db.$queryRaw<{ month: string; deployed: bigint; returned: bigint }[]>`
          SELECT to_char(month, 'YYYY-MM') AS month, sum(deployed) AS deployed, sum(returned) AS returned FROM (
            SELECT date_trunc('month', "deployedOn") AS month, 1 AS deployed, 0 AS returned FROM "Worker"
            WHERE "deployedOn" >= ${start} AND "deployedOn" < ${end} AND ${scope}
            UNION ALL
            SELECT date_trunc('month', "returnedOn"), 0, 1 FROM "Worker"
            WHERE "returnedOn" >= ${start} AND "returnedOn" < ${end} AND ${scope}
          ) AS events GROUP BY 1`;
        return listed(rows.map((row) => [row.month, [Number(row.deployed), Number(row.returned)]]));
      },
    },
  ]);
}
