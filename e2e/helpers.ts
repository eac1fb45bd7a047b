import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "registry-demo-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** A passport number no other test run or demo worker uses (demo passports start with N). */
export function uniquePassport(): string {
  return `E${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
}

/** Letters only, so that it can be part of a Latin name. */
export function uniqueWord(): string {
  return Array.from({ length: 8 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("");
}

/** Four random Khmer consonants: a name part no demo worker has. */
export function uniqueKhmer(): string {
  return Array.from({ length: 4 }, () => String.fromCharCode(0x1780 + Math.floor(Math.random() * 0x22))).join("");
}

export function randomBirthDate(): string {
  const start = Date.UTC(1970, 0, 1);
  return new Date(start + Math.floor(Math.random() * (Date.UTC(2005, 0, 1) - start))).toISOString().slice(0, 10);
}

export type NewWorker = { name: string; nameKm?: string; passport: string; birth?: string; destination?: string; phone?: string };

export async function fillWorker(page: Page, worker: NewWorker) {
  await page.getByLabel("Full name (Latin)").fill(worker.name);
  // Random unless given: the same Khmer name and birth date would be flagged as a likely duplicate.
  await page.getByLabel("Name in Khmer").fill(worker.nameKm ?? `សុខ ${uniqueKhmer()}`);
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
