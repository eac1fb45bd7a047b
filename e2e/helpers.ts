import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, type APIRequestContext, type APIResponse, type Browser, type Page } from "@playwright/test";
import { totpCode, totpStep, TOTP_PERIOD_SECONDS } from "../lib/auth/totp";
import { randomBirthDate, randomKhmerWord, randomLatinName, randomLatinWord, randomPhone, uniquePassport as uniqueTestPassport } from "../lib/test/random-person";

export { randomBirthDate, randomKhmerWord, randomLatinWord };
import { DEMO_PASSWORD, demoUsers } from "../prisma/demo-data";

export { DEMO_PASSWORD };

/** Where e2e/sign-in.setup.ts leaves each demo account's signed-in cookies (git-ignored). */
export const sessionFile = (email: string) => path.join(import.meta.dirname, ".auth", `${email}.json`);

/**
 * Signs the page in as a demo account with the session that e2e/sign-in.setup.ts opened once for
 * the whole run, through the real form and a one-time code. A code works once, so the tests, two
 * at a time, cannot each sign in for real; a session is not a code and serves them all. Tests that
 * sign out or change an account use accounts of their own (`createAccount`).
 */
export async function signIn(page: Page, email: string) {
  const { cookies } = JSON.parse(readFileSync(sessionFile(email), "utf8")) as { cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0] };
  await page.context().addCookies(cookies);
  await page.goto("/");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

const lastStepUsed = new Map<string, number>();

/**
 * A code the server will take for this authenticator secret: of a step newer than the last one this
 * process used (a code works once), within the window of one step either side of now. Waits for the
 * next step when the window is used up.
 */
export async function nextCode(secret: string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = totpStep(now);
    const secondsLeft = TOTP_PERIOD_SECONDS - ((now / 1000) % TOTP_PERIOD_SECONDS);
    // Close to the end of a step the server may already be in the next, where the step before is out of reach.
    const lowest = secondsLeft > 5 ? current - 1 : current;
    const step = Math.max(lowest, (lastStepUsed.get(secret) ?? -Infinity) + 1);
    if (step <= current + 1) {
      lastStepUsed.set(secret, step);
      return totpCode(secret, { step });
    }
    await sleep(secondsLeft * 1000 + 250);
  }
}

/** Signs out with the header's button, and waits for the sign-in page it leads to. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Fills the sign-in form; with `code` (or a secret to compute one), answers the second step too. */
export async function signInWithForm(page: Page, email: string, password: string, { code, secret }: { code?: string; secret?: string } = {}) {
  if (!page.url().includes("/login")) await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const oneTimeCode = code ?? (secret ? await nextCode(secret) : undefined);
  if (oneTimeCode === undefined) return;
  await page.getByLabel("One-time code").fill(oneTimeCode);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/**
 * A demo account signed in for real, through the form and a code computed from its known key: for
 * a server with a database of its own (e2e/fault-stack.ts, the replica test), where the run's
 * shared sessions do not exist.
 */
export async function signInAnew(page: Page, email: string) {
  const secret = demoUsers.find((user) => user.email === email)?.totpSecret ?? undefined;
  await signInWithForm(page, email, DEMO_PASSWORD, { secret });
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** The live region where toasts appear after a save. */
export function toasts(page: Page) {
  return page.getByRole("region", { name: /^Notifications/ });
}

/** Records on the course's page, for each day given, the workers given as present (every other one absent). */
export async function recordAttendance(page: Page, courseId: string, days: string[], registrationNos: string[]) {
  for (const day of days) {
    await page.goto(`/courses/${courseId}?day=${day}`);
    const form = page.getByTestId("attendance-form");
    for (const registrationNo of registrationNos) await form.getByRole("checkbox", { name: new RegExp(registrationNo) }).check();
    await form.getByRole("button", { name: "Save attendance" }).click();
    await expect(form.getByRole("status")).toContainText(`${registrationNos.length} present`);
  }
}

/** Answers the dialog that a button for something hard to undo opens first. */
export async function answerConfirmation(page: Page, answer: "confirm" | "cancel" = "confirm") {
  const dialog = page.getByRole("alertdialog");
  await dialog.getByTestId(answer === "confirm" ? "confirm-action" : "confirm-cancel").click();
  await expect(dialog).toBeHidden();
}

const newStaffEmail = () => `e2e-${crypto.randomUUID().slice(0, 8)}@registry.test`;

/**
 * An account made by the demo administrator through the form, for a test that signs in and out for
 * real or changes the account; returns the temporary password, shown once.
 */
export async function createAccount(browser: Browser, { email = newStaffEmail(), role = "Embassy officer", post = "Royal Embassy of Cambodia in Bangkok" }: { email?: string; role?: string; post?: string } = {}) {
  const admin = await browser.newPage();
  await signIn(admin, "admin@registry.test");
  await admin.goto("/admin/users/new");
  await admin.getByLabel("E-mail").fill(email);
  await admin.getByLabel("Name").fill("Sokha Chan");
  await admin.getByLabel("Role").selectOption({ label: role });
  if (role === "Embassy officer") await admin.getByLabel("Post").selectOption({ label: post });
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByText(`The account ${email} was created.`)).toBeVisible();
  const temporaryPassword = (await admin.getByTestId("temporary-password").textContent())!.trim();
  await admin.close();
  return { email, temporaryPassword };
}

/**
 * On the two-factor page: reads the key, answers with a code from it, and returns the key and the
 * recovery codes shown once, then continues into the registry.
 */
async function setUpTwoFactor(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/account\/two-factor/);
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Code from the app").fill(await nextCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const listed = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(listed).toHaveCount(10);
  const recoveryCodes = await listed.allTextContents();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  return { secret, recoveryCodes };
}

/** On the page a temporary password leads to: the person's own password chosen, then back to sign-in. */
export async function replaceTemporaryPassword(page: Page, temporaryPassword: string, password: string) {
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("Current password").fill(temporaryPassword);
  await page.getByLabel(/^New password(?! again)/).fill(password);
  await page.getByLabel("New password again").fill(password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
}

/**
 * The first sign-ins of a new account: the temporary password replaced, then signed in with the
 * new one and, for an administrator or officer, two-factor sign-in set up as the app requires.
 */
export async function signInFirstTime(browser: Browser, email: string, temporaryPassword: string, password: string) {
  const page = await browser.newPage();
  await signInWithForm(page, email, temporaryPassword);
  await replaceTemporaryPassword(page, temporaryPassword, password);
  await signInWithForm(page, email, password);
  await expect(page.getByTestId("signed-in-as").or(page.getByTestId("totp-secret"))).toBeVisible();
  const twoFactor = page.url().includes("/account/two-factor") ? await setUpTwoFactor(page) : null;
  return { page, twoFactor };
}

/** Passports of end-to-end tests start with E, those of integration tests with T, demo ones with N. */
export function uniquePassport(): string {
  return uniqueTestPassport("E");
}

export type NewWorker = { name: string; nameKm?: string; passport: string; birth?: string; destination?: string; phone?: string };

export async function fillWorker(page: Page, worker: NewWorker) {
  await page.getByLabel("Full name (Latin)").fill(worker.name);
  // Random unless given: the same Khmer name and birth date would be flagged as a likely duplicate.
  await page.getByLabel("Name in Khmer").fill(worker.nameKm ?? `សុខ ${randomKhmerWord()}`);
  await page.getByLabel("Sex").selectOption("M");
  await page.getByLabel("Date of birth").fill(worker.birth ?? randomBirthDate());
  await page.getByLabel("Passport no.").fill(worker.passport);
  if (worker.phone) await page.getByLabel("Phone").fill(worker.phone);
  await page.getByLabel("Province of origin").selectOption({ label: "Prey Veng" });
  await page.getByLabel("Destination").selectOption(worker.destination ?? "TH");
  await page.getByLabel("Sector").selectOption("CONSTRUCTION");
  await page.getByLabel("Scheme").selectOption("MOU");
}

/** Registers a worker through the form and returns where the record lives. */
export async function registerWorker(page: Page, worker: NewWorker): Promise<{ url: string; registrationNo: string }> {
  await page.goto("/workers/new");
  await fillWorker(page, worker);
  await page.getByRole("button", { name: "Register worker" }).click();
  await expect(page).toHaveURL(/\/workers\/[0-9a-f-]{36}\?done=created$/);
  const registrationNo = (await page.getByTestId("registration-no").textContent())!.trim();
  return { url: page.url().replace("?done=created", ""), registrationNo };
}

/** The API as a signed-in staff member: page.request carries the session cookie of the sign-in. */
export async function apiAs(browser: Browser, email: string): Promise<APIRequestContext> {
  const page = await browser.newPage();
  await signIn(page, email);
  return page.request;
}

/** An error answer of the API: its status, JSON, the code, and a message in words rather than a key. */
export async function expectError(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  const { error } = await response.json();
  expect(error.code).toBe(code);
  expect(error.message).not.toMatch(/^errors\./);
  return error;
}

/** A worker as POST /api/v1/workers takes it: a Bangkok worker unless `overrides` say otherwise. */
export function newWorker(overrides: Record<string, unknown> = {}) {
  return {
    fullName: randomLatinName(),
    sex: "F",
    dateOfBirth: randomBirthDate(),
    passportNo: uniquePassport(),
    phone: randomPhone(),
    provinceCode: "KH-14",
    destinationCountry: "TH",
    employer: "Siam Concrete Works",
    sector: "CONSTRUCTION",
    scheme: "MOU",
    ...overrides,
  };
}

/** Registers a worker through the API and returns their id. */
export async function registerViaApi(api: APIRequestContext, worker = newWorker()): Promise<string> {
  const response = await api.post("/api/v1/workers", { data: worker });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id;
}
