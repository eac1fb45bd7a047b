import type { TallyDrift } from "../lib/data/tally-check";
import { CONCURRENCY, PLAIN_GROUP_BY, READER, WRITE_CONCURRENCY, type LoadResults } from "./concurrent";
import { FULL_PACE } from "./pace";

const { rounds: ROUNDS, targetWarmupSeconds: WARMUP_SECONDS, targetSeconds: SECONDS } = FULL_PACE;
import { errorCount, type Driven } from "./drive";
import { milliseconds, perSecond, ratio, thousands } from "./format";

const latency = (driven: Driven) => (driven.latency ? [milliseconds(driven.latency.median), milliseconds(driven.latency.p95)] : ["–", "–"]);

function errorList(named: [string, Driven][]): string {
  const lines = named.flatMap(([name, driven]) => Object.entries(driven.errors).map(([kind, n]) => `- ${name}: ${thousands(n)} × ${kind}`));
  return lines.length ? `Errors:\n\n${lines.join("\n")}` : "No errors: every request and every write succeeded.";
}

function driftLine(drift: TallyDrift[], when: string): string {
  if (!drift.length) return `- ${when}: drifting cells: **0**.`;
  const cells = drift.slice(0, 20).map((d) => `  - ${d.tally} ${JSON.stringify(d.cell)}: kept ${d.kept}, actual ${d.actual}`);
  return [`- ${when}: drifting cells: **${drift.length}**${drift.length > cells.length ? `, the first ${cells.length}` : ""}:`, ...cells].join("\n");
}

/** The "Under concurrent load" section of bench/RESULTS.md. */
export function renderLoad(results: LoadResults): string {
  const [staticFile] = results.targets;
  const targets = results.targets.map(
    ({ name, driven }) =>
      `| ${name} | ${thousands(driven.done)} | ${perSecond(driven.perSecond)} | ${latency(driven).join(" | ")} | ${thousands(errorCount(driven))} | ${ratio(staticFile.driven.perSecond, driven.perSecond)} |`,
  );
  const { reads, writes } = results.mixed;
  const phases: [string, Driven][] = [["/reports page (reads)", reads], ...writes.map((wave): [string, Driven] => [wave.name, wave.driven])];
  const mixed = phases.map(
    ([name, driven]) => `| ${name} | ${thousands(driven.done)} | ${perSecond(driven.perSecond)} | ${latency(driven).join(" | ")} | ${thousands(errorCount(driven))} |`,
  );
  const { drift } = results;

  return `## Under concurrent load

The app as deployed: \`next build\`, then \`next start\` on 127.0.0.1 against this database, signed in as
${READER}. The targets in turn, in ${ROUNDS} rounds so that whatever else the machine does weighs on all alike:
each time ${WARMUP_SECONDS} s of warm-up, then ${SECONDS} s in which ${CONCURRENCY} connections each send their next request as soon as the
last one is answered (Node's fetch, keep-alive; a response other than 200 counts as an error); ${ROUNDS * SECONDS} s measured
per target. Latencies are of the successful requests, in milliseconds. The load generator shares the
machine's cores with the server and PostgreSQL. 1-minute load average when this phase began: ${results.loadBefore.toFixed(2)}.

| target | requests | requests/s | median | p95 | errors | static file ÷ this (requests/s) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${targets.join("\n")}

The plain GROUP BY row is **the query alone**, \`${PLAIN_GROUP_BY}\`, sent straight to PostgreSQL by a pg
Pool of ${CONCURRENCY} connections: no HTTP, no session, no rendering, so it flatters the baseline. A page built on it would serve fewer.
${results.skipped.map((note) => `\n${note}`).join("")}

### The reports page while officers write

The \`/reports\` page read by ${CONCURRENCY} connections, as above, for as long as the writes take; meanwhile
\`createWorker\`, \`changeWorkerStatus\` and \`transferWorker\` (lib/data) as the Bangkok, Seoul and Kuala Lumpur
officers, ${WRITE_CONCURRENCY} at a time, in three waves: registrations (a likely duplicate is confirmed, as the officer
would), then two in three of those workers deployed and one in three transferred to the next officer's
destination, then half of the deployed ones returned. Each write's transaction updates the tallies through the triggers.

| load | done | per second | median | p95 | errors |
| --- | ---: | ---: | ---: | ---: | ---: |
${mixed.join("\n")}

${errorList([...results.targets.map((target): [string, Driven] => [target.name, target.driven]), ...phases])}

### Drift check

\`findTallyDrift()\` (lib/data/tally-check.ts) recomputes every tally cell from the worker rows with a plain GROUP BY:

${driftLine(drift.afterLoad, "after the load")}
${driftLine(drift.afterRemoval, `after deleting the ${thousands(drift.removed)} workers the load registered, so that the next run finds the register as loaded`)}
`;
}
