import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import pg from "pg";
import { csvFile, importRow } from "../lib/test/import-files";
import { DEMO_PASSWORD, signInAnew } from "./helpers";
import { startAppServer, startPrivateDatabase, type AppServer, type PrivateDatabase } from "./fault-stack";

/**
 * Faults, on a PostgreSQL and two app servers of this file's own (the other tests' database and
 * server are never stopped): server A runs no import worker, server B does, with a short lease
 * so that a job abandoned by a killed server is resumed within seconds rather than a minute.
 * The tests run in order: the last one stops the database.
 */
test.describe.configure({ mode: "serial" });

const LEASE_SECONDS = 5;
let database: PrivateDatabase;
let serverA: AppServer;
let serverB: AppServer;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await startPrivateDatabase();
  [serverA, serverB] = await Promise.all([
    startAppServer(database.url, { IMPORT_WORKER: "off" }),
    startAppServer(database.url, { IMPORT_LEASE_SECONDS: String(LEASE_SECONDS) }),
  ]);
});

test.afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await Promise.all([serverA?.kill(), serverB?.kill()]);
  await database?.remove();
});

async function contextOn(browser: Browser, server: AppServer) {
  const context = await browser.newContext({ baseURL: server.baseURL });
  contexts.push(context);
  return context;
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

test("a session opened on server A is honoured by server B, and ends on both at sign-out", async ({ browser }) => {
  const onA = await contextOn(browser, serverA);
  await signInAnew(await onA.newPage(), "officer.th@registry.test");

  // B has never seen this browser: it gets only the cookie A set.
  const onB = await contextOn(browser, serverB);
  await onB.addCookies(await onA.cookies());
  const pageB = await onB.newPage();
  await pageB.goto("/workers");
  await expect(pageB.getByTestId("signed-in-as")).toBeVisible();
  expect((await pageB.request.get("/api/v1/workers?limit=1")).status()).toBe(200);

  const pageA = onA.pages()[0];
  await pageA.getByRole("button", { name: "Sign out" }).click();
  await expect(pageA).toHaveURL(/\/login/);
  await pageB.goto("/workers");
  await expect(pageB).toHaveURL(/\/login/);
});

test("failed sign-ins on server A count toward the lock on server B", async ({ browser }) => {
  const email = "ministry@registry.test";
  const attempt = async (server: AppServer, password: string) => {
    const page = await (await contextOn(browser, server)).newPage();
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    return page.getByTestId("login-error");
  };
  for (const [n, server] of [serverA, serverA, serverA, serverB, serverA].entries()) {
    await expect(await attempt(server, `wrong guess ${n}`)).toContainText("The e-mail, password or code is not right.");
  }
  // Five failures in all, four of them on A: B refuses even the right password now, and so does A.
  await expect(await attempt(serverB, DEMO_PASSWORD)).toContainText("Too many failed attempts");
  await expect(await attempt(serverA, DEMO_PASSWORD)).toContainText("Too many failed attempts");
});

test("an import uploaded on A is run by B's worker; B killed mid-import, restarted, finishes it: no row lost, none twice", async ({ browser }) => {
  test.setTimeout(240_000);
  // Three batches of 20,000 rows: enough to kill the server between the first and the last.
  const rows = 50_000;
  const first = Math.floor(Math.random() * (1e8 - rows));
  const passports = Array.from({ length: rows }, (_, i) => `F${String(first + i).padStart(8, "0")}`);
  const file = csvFile(passports.map((passport) => importRow(passport)));

  const onA = await contextOn(browser, serverA);
  await signInAnew(await onA.newPage(), "officer.th@registry.test");
  const created = await onA.request.post("/api/v1/imports", {
    multipart: { dryRun: "false", file: { name: "national-part.csv", mimeType: "text/csv", buffer: file } },
    timeout: 60_000,
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();

  type Job = { status: string; rowsDone: number; rowsRead: number; created: number; rejected: number; attempts: number; leaseOwner: string | null };
  const job = async () => (await query<Job>(`SELECT status, "rowsDone", "rowsRead", created, rejected, attempts, "leaseOwner" FROM "ImportJob" WHERE id = $1`, [id]))[0];

  // A runs no worker: B's takes the job, and is killed as soon as a batch is in.
  let atKill: Job | undefined;
  for (const deadline = Date.now() + 120_000; !atKill; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const now = await job();
    expect(now.status, "the job ended before the server could be killed").toMatch(/QUEUED|RUNNING/);
    expect(Date.now(), "B's worker never wrote a batch").toBeLessThan(deadline);
    if (now.status === "RUNNING" && now.rowsDone > 0) {
      await serverB.kill();
      atKill = await job();
    }
  }
  expect(atKill.status).toBe("RUNNING");
  expect(atKill.leaseOwner).toBeTruthy();
  expect(atKill.rowsDone).toBeGreaterThan(0);
  expect(atKill.rowsDone).toBeLessThan(rows);
  const [{ count: writtenAtKill }] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM "Worker" WHERE "importJobId" = $1`, [id]);
  expect(writtenAtKill).toBe(atKill.created);

  // Back up, B's new worker claims the job once the dead one's lease has run out, and resumes it.
  await serverB.restart();
  await expect.poll(async () => (await job()).status, { timeout: 180_000, intervals: [500] }).toBe("SUCCEEDED");

  const done = await job();
  expect(done).toMatchObject({ rowsRead: rows, rowsDone: rows, created: rows, rejected: 0, attempts: 2, leaseOwner: null });
  const [counts] = await query<{ imported: number; withPassport: number; distinctPassports: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM "Worker" WHERE "importJobId" = $1::uuid) AS imported,
            (SELECT count(*)::int FROM "Worker" WHERE "passportNo" = ANY($2::text[])) AS "withPassport",
            (SELECT count(DISTINCT "passportNo")::int FROM "Worker" WHERE "passportNo" = ANY($2::text[])) AS "distinctPassports",
            (SELECT count(*)::int FROM "AuditEvent" WHERE action = 'worker.import' AND "entityId" = $1::text) AS audits`,
    [id, passports],
  );
  expect(counts).toEqual({ imported: rows, withPassport: rows, distinctPassports: rows, audits: 1 });
  // The job's page on A shows the result B's worker wrote.
  const shown = await (await onA.request.get(`/api/v1/imports/${id}`)).json();
  expect(shown).toMatchObject({ status: "SUCCEEDED", created: rows, rejected: 0 });
});

test("while PostgreSQL is down pages and the API answer 503, and the same server recovers by itself", async ({ browser }) => {
  test.setTimeout(120_000);
  const onA = await contextOn(browser, serverA);
  const page = await onA.newPage();
  await signInAnew(page, "officer.th@registry.test");

  await database.stop();
  try {
    const response = await page.goto("/workers");
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBeTruthy();
    await expect(page.getByRole("heading", { name: "The registry is unavailable for a moment" })).toBeVisible();
    await expect(page.getByText("Nothing you sent was lost or half saved")).toBeVisible();
    const api = await page.request.get("/api/v1/workers?limit=1");
    expect(api.status()).toBe(503);
    expect((await api.json()).error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("cannot reach its database") });

    // In the reader's language, as every page.
    await onA.addCookies([{ name: "NEXT_LOCALE", value: "km", url: serverA.baseURL }]);
    await page.goto("/workers");
    await expect(page.getByRole("heading", { name: "បញ្ជីពលករមិនអាចប្រើបានមួយភ្លែត" })).toBeVisible();
    await onA.addCookies([{ name: "NEXT_LOCALE", value: "en", url: serverA.baseURL }]);
  } finally {
    await database.start();
  }

  // No restart of the app: the same session, the same server, within a few seconds.
  await expect.poll(async () => (await page.goto("/workers"))?.status(), { timeout: 30_000, intervals: [500] }).toBe(200);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  expect((await page.request.get("/api/v1/workers?limit=1")).status()).toBe(200);
});
