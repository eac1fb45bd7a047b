import { expect, test, type APIRequestContext } from "@playwright/test";
import { courseInput, isoDay } from "../lib/test/course-input";
import { expectError, signIn } from "./helpers";
import { issueCode, km, OFFICER, phone, registerSeoulWorker, signInToPortal } from "./portal-helpers";

async function createCourse(api: APIRequestContext, overrides: Record<string, unknown>): Promise<{ id: string; titleEn: string; titleKm: string }> {
  const input = courseInput(overrides);
  const response = await api.post("/api/v1/courses", { data: input });
  expect(response.status(), await response.text()).toBe(201);
  return { id: (await response.json()).id, titleEn: input.titleEn, titleKm: input.titleKm };
}

async function enrol(api: APIRequestContext, courseId: string, workerId: string): Promise<{ id: string; status: string }> {
  const response = await api.post(`/api/v1/courses/${courseId}/enrolments`, { data: { workerId } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

test("a worker signs in on a phone, in Khmer, and sees exactly their own enrolments", async ({ page, browser, request }) => {
  await signIn(page, OFFICER);
  const worker = await registerSeoulWorker(page);
  const other = await registerSeoulWorker(page);

  const code = await issueCode(page, worker);
  expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  const slip = page.getByTestId("access-slip");
  await expect(slip).toContainText(worker.registrationNo);
  await expect(slip).toContainText(worker.name);
  await expect(slip).toContainText(worker.birth);
  await expect(slip).toContainText(/https?:\/\/[^ ]+\/portal/);
  await expect(slip).toContainText("លេខកូដចូលប្រើ");
  await expect(page.getByRole("button", { name: "Print slip" })).toBeVisible();
  // The code is in no address the browser went to.
  expect(page.url()).not.toContain(code);

  // One place: the other worker takes it, this worker waits first in line; a second course for
  // this worker, a third for the other worker only.
  const api = page.request;
  const shared = await createCourse(api, { capacity: 1, startsOn: isoDay(30), endsOn: isoDay(34) });
  const own = await createCourse(api, { startsOn: isoDay(40), endsOn: isoDay(44) });
  const notMine = await createCourse(api, { startsOn: isoDay(50), endsOn: isoDay(54) });
  const otherPlace = await enrol(api, shared.id, other.id);
  expect(await enrol(api, shared.id, worker.id)).toMatchObject({ status: "WAITLISTED", waitlistRank: 1 });
  await enrol(api, own.id, worker.id);
  await enrol(api, notMine.id, other.id);

  const { context, page: mobile } = await phone(browser);
  await mobile.goto("/portal");
  await expect(mobile.locator("html")).toHaveAttribute("lang", "km");
  await expect(mobile.getByRole("heading", { name: km.signInTitle })).toBeVisible();
  // Typed loosely, as from the slip: lower case, a space for the dash.
  await signInToPortal(mobile, worker.registrationNo.toLowerCase().replace("-", " "), worker.birth, code.toLowerCase());
  await expect(mobile.getByRole("heading", { name: km.title, exact: true })).toBeVisible();
  await expect(mobile).toHaveURL(/\/portal$/);
  const cards = mobile.getByTestId("portal-enrolment");
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: shared.titleKm })).toContainText(km.waitlisted);
  await expect(cards.filter({ hasText: shared.titleKm })).toContainText("អ្នកជាលេខ 1 ក្នុងបញ្ជីរង់ចាំ");
  await expect(cards.filter({ hasText: own.titleKm })).toContainText(km.enrolled);
  await expect(mobile.getByText(notMine.titleKm)).toHaveCount(0);
  await expect(mobile.getByText(other.registrationNo)).toHaveCount(0);
  // Readable on a phone: nothing wider than the screen.
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The other worker withdraws: this worker moves up and is told so at the top, until they say they have seen it.
  const withdrawn = await api.patch(`/api/v1/courses/${shared.id}/enrolments/${otherPlace.id}`, { data: { outcome: "WITHDRAWN", version: 1 } });
  expect(withdrawn.status(), await withdrawn.text()).toBe(200);
  await mobile.reload();
  const news = mobile.getByTestId("portal-notifications");
  await expect(news).toContainText(km.promoted);
  await expect(news).toContainText(shared.titleKm);
  await expect(cards.filter({ hasText: shared.titleKm })).toContainText(km.enrolled);
  // Showing the page (a refresh, a prefetch) uses nothing up: the news is still there.
  await mobile.reload();
  await expect(news).toContainText(km.promoted);
  await news.getByRole("button", { name: km.markSeen }).click();
  await expect(news).toHaveCount(0);
  await mobile.reload();
  await expect(news).toHaveCount(0);

  // English is one tap away.
  await mobile.getByRole("button", { name: "English" }).click();
  await expect(mobile.locator("html")).toHaveAttribute("lang", "en");
  await expect(mobile.getByRole("heading", { name: "Your training courses", exact: true })).toBeVisible();
  await expect(cards.filter({ hasText: own.titleEn })).toContainText("You have a place");

  // The API with the portal session: the same enrolments, and only these.
  const mine = await mobile.request.get("/api/v1/portal/enrolments");
  expect(mine.status(), await mine.text()).toBe(200);
  expect(mine.headers()["cache-control"]).toBe("no-store");
  const { items } = await mine.json();
  expect(items.map((item: { course: { titleEn: string } }) => item.course.titleEn).sort()).toEqual([own.titleEn, shared.titleEn].sort());
  expect(items.find((item: { course: { titleEn: string } }) => item.course.titleEn === shared.titleEn)).toMatchObject({ status: "ENROLLED", waitlistRank: null });
  expect(JSON.stringify(items)).not.toContain(other.id);
  await expectError(await request.get("/api/v1/portal/enrolments"), 401, "UNAUTHENTICATED");
  // A staff session is no portal session.
  await expectError(await api.get("/api/v1/portal/enrolments"), 401, "UNAUTHENTICATED");
  const [cookie] = (await context.cookies()).filter(({ name }) => name === "portal-session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  // Changing the address gets a worker nothing of the staff's data: 401, or the staff sign-in.
  await expectError(await mobile.request.get(`/api/v1/courses/${shared.id}/enrolments`), 401, "UNAUTHENTICATED");
  await expectError(await mobile.request.get(`/api/v1/workers/${other.id}`), 401, "UNAUTHENTICATED");
  await expectError(await mobile.request.get(`/api/v1/workers/${worker.id}`), 401, "UNAUTHENTICATED");
  await mobile.goto(`/workers/${other.id}`);
  await expect(mobile).toHaveURL(/\/login\?callbackUrl=/);
  await expect(mobile.getByText(other.registrationNo)).toHaveCount(0);

  // Signing out ends the session on the server too.
  await mobile.goto("/portal");
  await mobile.getByRole("button", { name: "Sign out" }).click();
  await expect(mobile.getByRole("heading", { name: "Sign in to see your training courses" })).toBeVisible();
  await expectError(await mobile.request.get("/api/v1/portal/enrolments"), 401, "UNAUTHENTICATED");
  await context.close();
});

test("every wrong detail gets the same answer, and a new code voids the old one", async ({ page, browser }) => {
  await signIn(page, OFFICER);
  const worker = await registerSeoulWorker(page);
  await expect(page.getByTestId("access-code-status")).toHaveText("No access code issued yet.");
  const oldCode = await issueCode(page, worker);

  const { context, page: mobile } = await phone(browser);
  const dayAfter = new Date(Date.parse(`${worker.birth}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const unknown = `KR${worker.registrationNo.slice(2, 4)}-9${worker.registrationNo.slice(-6)}`;
  const answers: string[] = [];
  for (const [registrationNo, birth, code] of [
    [worker.registrationNo, worker.birth, "AAAAA-BBBBB"],
    [worker.registrationNo, dayAfter, oldCode],
    [unknown, worker.birth, oldCode],
  ]) {
    await signInToPortal(mobile, registrationNo, birth, code);
    const error = mobile.getByTestId("error-summary").getByRole("listitem");
    await expect(error).toBeVisible();
    answers.push((await error.textContent())!);
    // The number and birth date stay in the form; the code does not come back.
    await expect(mobile.getByLabel(km.registrationNo)).toHaveValue(registrationNo);
    await expect(mobile.getByLabel(km.accessCode)).toHaveValue("");
  }
  expect(answers).toEqual([km.failed, km.failed, km.failed]);

  await signInToPortal(mobile, worker.registrationNo, worker.birth, oldCode);
  await expect(mobile.getByRole("heading", { name: km.title, exact: true })).toBeVisible();
  await expect(mobile.getByText("អ្នកមិនទាន់បានចុះឈ្មោះចូលរៀនវគ្គណាមួយនៅឡើយទេ។")).toBeVisible();

  // The officer issues a new code after confirming: the old one stops working and the worker's session ends.
  await page.goto(worker.url);
  await expect(page.getByTestId("access-code-status")).toContainText("Access code issued on");
  const newCode = await issueCode(page, worker, { reissue: true });
  expect(newCode).not.toBe(oldCode);
  await mobile.reload();
  await expect(mobile.getByRole("heading", { name: km.signInTitle })).toBeVisible();
  await signInToPortal(mobile, worker.registrationNo, worker.birth, oldCode);
  await expect(mobile.getByTestId("error-summary").getByRole("listitem")).toHaveText(km.failed);
  await signInToPortal(mobile, worker.registrationNo, worker.birth, newCode);
  await expect(mobile.getByRole("heading", { name: km.title, exact: true })).toBeVisible();
  await context.close();
});

test("staff other than the worker's own post's officers cannot issue a code", async ({ browser }) => {
  const seoul = await browser.newPage();
  await signIn(seoul, OFFICER);
  const worker = await registerSeoulWorker(seoul);

  const ministry = await browser.newPage();
  await signIn(ministry, "ministry@registry.test");
  await ministry.goto(worker.url);
  await expect(ministry.getByRole("heading", { name: worker.name })).toBeVisible();
  await expect(ministry.getByRole("button", { name: "Issue portal access code" })).toHaveCount(0);
});
