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
