import { expect, type APIRequestContext, type APIResponse, type Browser, type Page } from "@playwright/test";
import { randomBirthDate, randomKhmerWord, randomLatinName, randomLatinWord, randomPhone, uniquePassport as uniqueTestPassport } from "../lib/test/random-person";

export { randomBirthDate, randomKhmerWord, randomLatinWord };

export const DEMO_PASSWORD = "registry-demo-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** The live region where toasts appear after a save. */
export function toasts(page: Page) {
  return page.getByRole("region", { name: /^Notifications/ });
}

/** Answers the dialog that a button for something hard to undo opens first. */
export async function answerConfirmation(page: Page, answer: "confirm" | "cancel" = "confirm") {
  const dialog = page.getByRole("alertdialog");
  await dialog.getByTestId(answer === "confirm" ? "confirm-action" : "confirm-cancel").click();
  await expect(dialog).toBeHidden();
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
