import { milliseconds, perSecond, thousands } from "./format";
import { PAGES, type SignedInLoadResults } from "./signed-in-load";

const megabytes = (bytes: number) => `${thousands(bytes / 2 ** 20)} MB`;

/** The load run's section of bench/RESULTS.md. */
export function renderSignedInLoad(results: SignedInLoadResults): string {
  const { latency, users } = results;
  const failures = results.non2xx + results.errors + results.timeouts;
  const verdict = failures === 0 ? "**none**: the goal of no failed answer is met." : `**${thousands(failures)}**: the goal of none is **not** met.`;
  return `## ${users.officers + users.ministry} signed-in users (issue #7)

autocannon over loopback against \`next start\` on the register above: ${users.officers + users.ministry} connections, each one
user with a session of their own (${users.officers} as the Bangkok officer, ${users.ministry} as ministry staff), going round the
worker list, a worker's page (a different Thailand worker each time) and the reports page, for ${results.seconds} s after a warm-up.
The sessions are real StaffSession rows behind signed session cookies, made as a sign-in ends, so the run measures
the pages and not the sign-in form. autocannon shares the machine's cores with the server and PostgreSQL.

| | |
| --- | ---: |
| requests answered | ${thousands(results.requests)} |
| throughput | ${perSecond(results.perSecond)} requests/s |
| latency p50 / p99 / max | ${milliseconds(latency.p50)} / ${milliseconds(latency.p99)} / ${milliseconds(latency.max)} ms |
| non-2xx answers | ${thousands(results.non2xx)} |
| connection errors / timeouts | ${thousands(results.errors)} / ${thousands(results.timeouts)} |
| the server's resident memory: before the load / peak | ${megabytes(results.serverMemory.atStart)} / ${megabytes(results.serverMemory.peak)} |

${PAGES.map((page) => `- \`${page}\`: ${thousands(results.byPage[page].requests)} answers, ${thousands(results.byPage[page].non2xx)} not 2xx`).join("\n")}

Failed answers: ${verdict}

### Statements per page (issue #17)

Before the load, each page requested ${results.statements[0]?.requests ?? 0} times in a row by one user, each answer awaited before
the next request; the statements are those the app sent to PostgreSQL meanwhile, counted on the wire
(bench/statement-counter.ts: each simple query and each execution of a prepared statement, BEGIN and COMMIT included).
Goal: at most 4 on a list page, 6 on a record page.

| page | as | statements a request |
| --- | --- | ---: |
${results.statements.map((count) => `| \`${count.page}\` | ${count.as} | ${count.perRequest.toFixed(1)} |`).join("\n")}`;
}
