import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn as signInOverHttp, startApp, type RunningApp } from "../bench/app-server";
import { seed } from "../prisma/seed";
import { demoUsers } from "../prisma/demo-data";
import { applyMigrations } from "../scripts/migrations";
import { startPrivatePrimary, startStreamingStandby, type PrivateCluster } from "../scripts/private-postgres";
import { answerConfirmation, DEMO_PASSWORD, nextCode, randomLatinWord, registerWorker, signInAnew, toasts, uniquePassport } from "./helpers";

/**
 * The app against a primary and a streaming replica of its own (not the shared test database):
 * with the replica's replay paused, what the app answers from the replica is visibly behind the
 * primary, so each read shows which of the two served it.
 */
test.describe.configure({ mode: "serial" });

let primary: PrivateCluster | undefined;
let replica: PrivateCluster | undefined;
let app: RunningApp | undefined;

test.beforeAll(async () => {
  // Two clusters, migrations, the demo data and a server: well beyond the default 60 s on 2 cores.
  test.setTimeout(180_000);
  primary = await startPrivatePrimary();
  await applyMigrations(primary.url);
  // The demo accounts' authenticator keys are sealed under the secret the server runs with.
  const secret = randomBytes(32).toString("hex");
  await seed(primary.url, { demo: true, authSecret: secret });
  replica = await startStreamingStandby(primary);
  // No import worker: nothing here imports, and its polling would only add load.
  app = await startApp(primary.url, { DATABASE_REPLICA_URL: replica.url, APP_ENV: "test", IMPORT_WORKER: "off", NEXTAUTH_SECRET: secret });
  await warmUp(app.origin);
});

/**
 * A fresh server loads each route's code on its first request: on a busy machine the first
 * sign-in or the first save alone can outlast an expectation's 10 s. Each page the test uses is
 * asked for once here, where only the hook's timeout applies.
 */
async function warmUp(origin: string) {
  const officer = demoUsers.find((user) => user.email === "officer.th@registry.test")!;
  const cookie = await signInOverHttp(origin, officer.email, DEMO_PASSWORD, await nextCode(officer.totpSecret!));
  const get = (path: string) => fetch(`${origin}${path}`, { headers: { cookie } });
  const { items } = await (await get("/api/v1/workers?limit=1")).json();
  for (const path of ["/workers", "/workers/new", `/workers/${items[0].id}`, "/api/v1/reports/breakdown?by=status"]) await get(path);
}

test.afterAll(async () => {
  await app?.stop();
  await replica?.stop();
  await primary?.stop();
});

async function pauseReplay() {
  await replica!.value("SELECT pg_wal_replay_pause()");
  await expect.poll(() => replica!.value<string>("SELECT pg_get_wal_replay_pause_state()"), { timeout: 30_000 }).toBe("paused");
}

/** Resumes replay and waits until the replica has replayed everything the primary has written. */
async function resumeReplay() {
  const written = await primary!.value<string>("SELECT pg_current_wal_lsn()::text");
  await replica!.value("SELECT pg_wal_replay_resume()");
  await expect.poll(() => replica!.value<boolean>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", [written]), { timeout: 30_000 }).toBe(true);
}

const inBangkokOn = (cluster: PrivateCluster, registrationNo: string) =>
  cluster.value<number>(
    `SELECT count(*)::int FROM "Worker" WHERE "registrationNo" = $1 AND "destinationCountry" = 'TH'`,
    [registrationNo],
  );

/** Thailand's registered workers in the app's breakdown report (from the tallies). */
async function thailandInReport(api: APIRequestContext): Promise<number> {
  const response = await api.get("/api/v1/reports/breakdown?by=status&country=TH");
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).total;
}

async function listedBy(api: APIRequestContext, registrationNo: string): Promise<number> {
  const response = await api.get(`/api/v1/workers?q=${registrationNo}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).items.length;
}

const listRow = (page: Page, registrationNo: string) => page.getByRole("link", { name: registrationNo });

test("reports and lists are read from the replica; sessions, a saved record and the list after a transfer from the primary", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: app!.origin });
  const page = await context.newPage();

  await pauseReplay();
  // The session is written to the primary and is not on the replica: signing in works only
  // because sessions and the actor's account are read from the primary.
  await signInAnew(page, "officer.th@registry.test");
  const before = await thailandInReport(page.request);

  const { url, registrationNo } = await registerWorker(page, { name: `KONG ${randomLatinWord(8)}`, passport: uniquePassport() });
  // registerWorker waited for the new record's own page: read from the primary.
  expect(await inBangkokOn(primary!, registrationNo)).toBe(1);
  expect(await inBangkokOn(replica!, registrationNo)).toBe(0);
  // The report and the list are served by the paused replica, which has not seen the worker yet.
  expect(await thailandInReport(page.request)).toBe(before);
  expect(await listedBy(page.request, registrationNo)).toBe(0);
  await page.goto(`/workers?q=${registrationNo}`);
  await expect(page.getByText("No worker matches these filters.")).toBeVisible();

  await resumeReplay();
  expect(await inBangkokOn(replica!, registrationNo)).toBe(1);
  expect(await thailandInReport(page.request)).toBe(before + 1);
  expect(await listedBy(page.request, registrationNo)).toBe(1);
  await page.goto("/workers");
  await expect(listRow(page, registrationNo)).toBeVisible();

  // After a transfer the list is the page that shows it: read from the primary, it no longer holds
  // the worker, while the same list without the transfer's notice, from the replica, still does.
  await pauseReplay();
  await page.goto(url);
  await page.getByLabel("New destination").selectOption("KR");
  await page.getByRole("button", { name: "Transfer to another destination" }).click();
  await answerConfirmation(page);
  await expect(toasts(page)).toContainText("South Korea now holds the record");
  await expect(page.getByTestId("worker-count")).toBeVisible();
  await expect(listRow(page, registrationNo)).toHaveCount(0);
  expect(await inBangkokOn(replica!, registrationNo)).toBe(1);
  await page.goto("/workers");
  await expect(listRow(page, registrationNo)).toBeVisible();

  await resumeReplay();
  expect(await inBangkokOn(replica!, registrationNo)).toBe(0);
  await page.goto("/workers");
  await expect(page.getByTestId("worker-count")).toBeVisible();
  await expect(listRow(page, registrationNo)).toHaveCount(0);
  await context.close();
});
