/**
 * Issue #7's load run: 64 signed-in users at once for a minute on the pages they use all day (the
 * worker list, a worker's page, the reports), driven by autocannon over loopback against the
 * built app (`next start`), with the server's peak memory read from /proc meanwhile.
 */
import autocannon from "autocannon";
import type * as Database from "../lib/db";
import type * as StaffSessions from "../lib/data/staff-sessions";
import { encode } from "next-auth/jwt";
import { processTreeMemory } from "./process-memory";
import { startApp } from "./app-server";
import type { Pace } from "./pace";
import { countPageStatements, type PageStatements } from "./page-statements";
import { startStatementCounter } from "./statement-counter";

const SAMPLE_WORKERS = 500;
/** The pages each user goes through in turn; the worker page is a different worker each time. */
export const PAGES = ["/workers", "/workers/:id", "/reports"] as const;
type Page = (typeof PAGES)[number];

export type SignedInLoadResults = {
  users: { officers: number; ministry: number };
  seconds: number;
  requests: number;
  perSecond: number;
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  byPage: Record<Page, { requests: number; non2xx: number }>;
  serverMemory: { atStart: number; peak: number };
  /** Statements sent to PostgreSQL per page, counted before the load, one request at a time. */
  statements: PageStatements[];
};

type Data = { database: typeof Database; startStaffSession: typeof StaffSessions.startStaffSession };

/**
 * Real sessions, minted the way next-auth's sign-in ends (a StaffSession row, its id in the signed
 * session cookie): the password and second-factor steps are the sign-in's own business, and 64
 * sign-ins with one-time codes inside the same 30 seconds would refuse each other as replays.
 */
async function sessionCookies(data: Data, secret: string, emails: string[]): Promise<string[]> {
  const users = await data.database.db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  return Promise.all(
    emails.map(async (email) => {
      const user = users.find((u) => u.email === email);
      if (!user) throw new Error(`no account ${email} in the bench database`);
      const sessionId = await data.startStaffSession(user.id);
      const token = await encode({ token: { sub: user.id, sessionId }, secret });
      return `next-auth.session-token=${token}`;
    }),
  );
}

export async function measureSignedInLoad(
  url: string,
  data: Data,
  accounts: { officer: string; ministry: string },
  { pace, authSecret }: { pace: Pace; authSecret: string },
): Promise<SignedInLoadResults> {
  const workerIds = (
    await data.database.db.$queryRaw<{ id: string }[]>`SELECT id FROM "Worker" TABLESAMPLE SYSTEM (1) WHERE "destinationCountry" = 'TH' LIMIT ${SAMPLE_WORKERS}`
  ).map((row) => row.id);
  if (workerIds.length === 0) throw new Error("no Thailand worker to visit");
  const users = pace.users;
  const officers = users / 2;
  const cookies = await sessionCookies(data, authSecret, [...Array(officers).fill(accounts.officer), ...Array(users - officers).fill(accounts.ministry)]);
  const statements = await countStatements(url, authSecret, workerIds[0], { officer: cookies[0], ministry: cookies[cookies.length - 1] }, pace.statementRequests);
  const app = await startApp(url, { NEXTAUTH_SECRET: authSecret });
  try {
    const memory = processTreeMemory(app.pid);
    const atStart = memory.sample();
    const byPage = Object.fromEntries(PAGES.map((page) => [page, { requests: 0, non2xx: 0 }])) as SignedInLoadResults["byPage"];
    let nextUser = 0;
    const run = (length: { seconds: number } | { rounds: number }, counting: boolean) =>
      autocannon({
        url: app.origin,
        connections: users,
        ...("seconds" in length ? { duration: length.seconds } : { amount: length.rounds * users * PAGES.length }),
        timeout: 30,
        initialContext: {},
        requests: PAGES.map((page) => ({
          method: "GET" as const,
          // Each connection is one user: it takes the next session the first time it asks.
          setupRequest: (request: autocannon.Request, context: object) => {
            const user = context as { cookie?: string };
            user.cookie ??= cookies[nextUser++ % cookies.length];
            const path = page === "/workers/:id" ? `/workers/${workerIds[Math.floor(Math.random() * workerIds.length)]}` : page;
            return { ...request, path, headers: { ...request.headers, cookie: user.cookie } };
          },
          onResponse: (status: number) => {
            if (!counting) return;
            byPage[page].requests++;
            if (status < 200 || status > 299) byPage[page].non2xx++;
          },
        })),
      });
    const measured = "seconds" in pace.usersMeasured ? `${pace.usersMeasured.seconds} s` : `${pace.usersMeasured.rounds} rounds of the pages each`;
    console.log(`\n${users} signed-in users (${officers} Bangkok officer sessions, ${users - officers} ministry) on ${PAGES.join(", ")}: ${pace.usersWarmupSeconds} s warm-up, ${measured} measured`);
    if (pace.usersWarmupSeconds > 0) await run({ seconds: pace.usersWarmupSeconds }, false);
    const result = await run(pace.usersMeasured, true);
    const peak = memory.stop();
    const results: SignedInLoadResults = {
      users: { officers, ministry: users - officers },
      seconds: result.duration,
      requests: result.requests.total,
      perSecond: result.requests.total / result.duration,
      latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      byPage,
      serverMemory: { atStart, peak },
      statements,
    };
    console.log(
      `  ${result.requests.total} requests, ${results.perSecond.toFixed(1)}/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}, server peak ${Math.round(peak / 2 ** 20)} MB`,
    );
    return results;
  } finally {
    await app.stop();
  }
}

/**
 * The statements each page sends, counted by a server of its own that reaches the database through
 * the statement counter; the load then runs against a server without it, so that the counter's
 * forwarding in this process (beside autocannon) does not weigh on what is measured.
 */
async function countStatements(url: string, authSecret: string, workerId: string, cookie: { officer: string; ministry: string }, requests: number): Promise<PageStatements[]> {
  const counter = await startStatementCounter(url);
  const app = await startApp(counter.url, { NEXTAUTH_SECRET: authSecret });
  try {
    const statements = await countPageStatements(
      app.origin,
      counter,
      [
        { page: "/", as: "officer", path: "/", cookie: cookie.officer },
        { page: "/workers", as: "officer", path: "/workers", cookie: cookie.officer },
        { page: "/workers/:id", as: "officer", path: `/workers/${workerId}`, cookie: cookie.officer },
        { page: "/", as: "ministry", path: "/", cookie: cookie.ministry },
        { page: "/reports", as: "ministry", path: "/reports", cookie: cookie.ministry },
      ],
      requests,
    );
    for (const count of statements) console.log(`  ${count.page} (${count.as}): ${count.perRequest.toFixed(1)} statements a request`);
    return statements;
  } finally {
    await app.stop();
    await counter.close();
  }
}
