import { milliseconds, ratio, thousands } from "./format";
import { renderLoad } from "./concurrent-report";
import type { LoadResults } from "./concurrent";
import type { ImportResults } from "./import-bench";
import { renderImport } from "./import-report";
import type { SignedInLoadResults } from "./signed-in-load";
import { renderSignedInLoad } from "./signed-in-load-report";
import type { LoadReport } from "./load";
import type { Timing } from "./measure";

type Environment = {
  date: string;
  cpus: string;
  memory: string;
  node: string;
  postgres: string;
  database: string;
  /** 1-minute load averages: the machine may be shared, and that shows in the figures. */
  loadBefore: number;
  loadAfter: number;
};

export type Results = {
  environment: Environment;
  counts: Record<string, number>;
  source: string;
  load: LoadReport | null;
  reused: boolean;
  warmup: number;
  runs: number;
  timings: Timing[];
  underLoad: LoadResults;
  signedInLoad: SignedInLoadResults;
  imports: ImportResults;
};

const groups: Record<string, { title: string; how: string }> = {
  list: {
    title: "1. List page (newest first, 25 a page)",
    how:
      "Ours: `listWorkers`, keyset pagination; page 10 is the page after following `nextCursor` nine times, timed alone. " +
      'Naive: what "page n of N" pagination does on each page: `count(*)` over the scope, then the same SELECT with `OFFSET (n − 1) × 25`.',
  },
  name: {
    title: "2. Name search",
    how:
      "Ours: `listWorkers` with `q`, the app's `ILIKE '%…%'` on the Latin and Khmer names, served by their trigram (GIN) indexes. " +
      "Naive: the very same predicate and ORDER BY, run with `SET LOCAL enable_bitmapscan = off`. PostgreSQL reads GIN indexes only " +
      "through bitmap scans, so this is the plan it would choose if the trigram indexes did not exist. Bitmap scans of btree " +
      "indexes are off too, which these queries have no use for: the Bangkok officer's scope is most of the register.",
  },
  short: {
    title: "3. Short name search (fewer than three letters)",
    how:
      "Ours: `listWorkers` with `q` of one or two letters, too short for a trigram: the app reads it as the start of a name, " +
      "ranges on the b-tree indexes of the Latin and Khmer names (the surname LY, about one worker in 57). Before that, such " +
      "input went to the trigram indexes, which can do nothing with it, and took 5–6 s (not measured here). Naive: the very " +
      "same ranges and ORDER BY with index and bitmap scans off, the plan without those indexes: a scan of the register.",
  },
  passport: {
    title: "4. Passport lookup (typed with spaces, lower case)",
    how:
      "Ours: `listWorkers` with `q` = the number as typed; the app normalises it and reads the unique index on `passportNo`. " +
      "Naive: numbers kept as typed and normalised when compared, `upper(replace(\"passportNo\", ' ', '')) = …`, which no index " +
      "serves: a scan of the table, in parallel. It leaves out the list's `ORDER BY \"createdAt\" DESC LIMIT`, with which the " +
      "planner would rather walk the newest-first index through every row in scope, seconds for one worker: a baseline that " +
      "slow would flatter ours.",
  },
  count: {
    title: "5. Counting the workers in scope",
    how:
      "Ours: `countWorkers`. Without a search it sums the report tallies, exactly; with one it stops counting at 10,000 " +
      "(the list shows “10,000+”). Naive: an exact `count(*)` over the workers.",
  },
  report: {
    title: "6. Reports, in process",
    how:
      "Ours: `getDestinationReport`, `getBreakdown` (`{ by: \"sector\", country: \"TH\" }`) and `getMonthlySeries` (`{}`, the last " +
      "24 months) from lib/data/reports.ts, which sum the tally rows that triggers on Worker keep in each writing transaction. " +
      "Naive: the plain GROUP BY over the workers that answers the same question (the destinations one is " +
      "`SELECT \"destinationCountry\", count(*) FROM \"Worker\" WHERE status = 'DEPLOYED' GROUP BY 1`, the post's own for the " +
      "officer). The first run checks that both give the same counts: the tallies are exact at rest.",
  },
};

function table(timings: Timing[]): string {
  const lines = [
    "| case | ours median | ours p95 | naive median | naive p95 | naive ÷ ours (median) |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const { scenario, ours, naive } of timings) {
    lines.push(
      `| ${scenario.name} | ${milliseconds(ours.median)} | ${milliseconds(ours.p95)} | ${milliseconds(naive.median)} | ${milliseconds(naive.p95)} | ${ratio(naive.median, ours.median)} |`,
    );
  }
  return lines.join("\n");
}

function loadLine({ load, reused }: Results): string {
  if (!load) return "The load that filled this database left no record of its timings.";
  const when = reused ? `Loaded by an earlier run (${load.loadedAt.slice(0, 10)}) and reused by this one` : "Loaded by this run";
  return (
    `${when}: COPY ${load.copySeconds.toFixed(1)} s (${thousands(load.rows / load.copySeconds)} rows/s, indexes and foreign keys set aside), ` +
    `rebuilding the ${load.indexes} indexes and ${load.foreignKeys} foreign keys ${load.rebuildSeconds.toFixed(1)} s, VACUUM ANALYZE ${load.analyzeSeconds.toFixed(1)} s.`
  );
}

export function renderResults(results: Results): string {
  const { environment: env, counts } = results;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const sections = Object.entries(groups).flatMap(([group, { title, how }]) => {
    const timings = results.timings.filter((timing) => timing.scenario.group === group);
    return timings.length ? [`### ${title}\n\n${how}\n\n${table(timings)}`] : [];
  });
  return `# Benchmark results

Written by \`npm run bench\` (bench/run.ts) on ${env.date}. Times are milliseconds of wall time around each
call in Node, Prisma and the round trip to PostgreSQL included. The ratios are against a baseline run
in the same process, on the same data, in turn with ours: they carry from machine to machine better
than the milliseconds do.

## Machine

| | |
| --- | --- |
| CPU | ${env.cpus} |
| memory | ${env.memory} |
| Node.js | ${env.node} |
| PostgreSQL | ${env.postgres} (${env.database}) |
| load average (1 min), before / after measuring | ${env.loadBefore.toFixed(2)} / ${env.loadAfter.toFixed(2)} |

## Register

${thousands(total)} synthetic workers, per destination as in the published figures of \`${results.source}\`:
${Object.entries(counts)
  .map(([country, n]) => `${country} ${thousands(n)}`)
  .join(", ")}. Hong Kong and Saudi Arabia have no post; the Bangkok officer's scope is Thailand's ${thousands(counts.TH ?? 0)}.

${loadLine(results)}

## Scenarios

Each scenario: ${results.warmup} warm-up runs of both ways (the first checks that they return the same rows), then
${results.runs} runs of each, the two ways in turn.

${sections.join("\n\n")}

${renderLoad(results.underLoad)}

${renderSignedInLoad(results.signedInLoad)}

${renderImport(results.imports)}
`;
}
