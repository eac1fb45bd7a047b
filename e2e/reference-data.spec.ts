import { expect, test } from "@playwright/test";
import { randomLatinWord, signIn, toasts } from "./helpers";

test("an administrator adds a recruitment agency, corrects it and retires it; officers are no longer offered it", async ({ page, browser }) => {
  const name = `Battambang Manpower ${randomLatinWord(8)}`;
  await signIn(page, "admin@registry.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recruitment agencies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recruitment agencies" })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Workers sent").fill("1,200");
  await page.getByRole("button", { name: "Add an agency" }).click();
  await expect(toasts(page)).toContainText("Agency added to the list.");
  const row = page.getByTestId("agencies").getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("1,200");
  await expect(row).toContainText("Current");

  const officer = await browser.newPage();
  await signIn(officer, "officer.th@registry.test");
  await officer.goto("/cases/new");
  await expect(officer.getByLabel("Recruitment agency (licensed)").locator("option", { hasText: name })).toHaveCount(1);

  await row.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByLabel("Workers sent").fill("1500");
  await page.getByRole("checkbox", { name: "Retired: no longer offered for new cases" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/admin\/agencies\?done=updated$/);
  await expect(toasts(page)).toContainText("Agency saved.");
  await expect(row).toContainText("1,500");
  await expect(row).toContainText("Retired");

  await officer.reload();
  await expect(officer.getByLabel("Recruitment agency (licensed)").locator("option", { hasText: name })).toHaveCount(0);
  await officer.close();
});

test("ministry staff set a currency's rate, and the case report's dollars follow it", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  // Saudi Arabia, whose riyal the demo leaves without a rate: its amounts are left out, then summed.
  await page.goto("/reports/cases?destination=SA");
  const leftOut = page.getByTestId("case-money-table").locator('tr[data-key="total"] td').nth(3);
  const claimed = page.getByTestId("case-money-table").locator('tr[data-key="total"] td').nth(0);
  expect(Number(await leftOut.innerText())).toBeGreaterThan(0);
  const dollarsBefore = Number((await claimed.innerText()).replace(/,/g, ""));
  await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Currency rates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Currency rates" })).toBeVisible();
  const riyal = page.getByTestId("currency-rates").locator('tr[data-currency="SAR"]');
  await riyal.getByLabel("US dollars per 1 SAR").fill("0.2666");
  await riyal.getByLabel("Rate taken on").fill("2026-11-30");
  await riyal.getByRole("button", { name: "Save" }).click();
  await expect(toasts(page)).toContainText("Rate for SAR saved.");
  await expect(riyal.locator("td").first()).toHaveText("0.2666");

  await page.goto("/reports/cases?destination=SA");
  await expect(leftOut).toHaveText("0");
  expect(Number((await claimed.innerText()).replace(/,/g, ""))).toBeGreaterThan(dollarsBefore);
});

test("an administrator keeps the case deadlines, within their bounds", async ({ page }) => {
  await signIn(page, "admin@registry.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Case deadlines" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Case deadlines" })).toBeVisible();
  const acknowledge = page.getByLabel("Acknowledge within (days)");
  // The demo's deadlines, which other tests count overdue cases by: saved again as they are.
  await expect(acknowledge).toHaveValue("7");
  await expect(page.getByLabel("Decide within (days)")).toHaveValue("60");
  await acknowledge.fill("0");
  await page.getByRole("button", { name: "Save the deadlines" }).click();
  await expect(page.getByText("Give a number of days between 1 and 730.").first()).toBeVisible();
  await expect(page.getByLabel("Acknowledge within (days)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Acknowledge within (days)").fill("7");
  await page.getByRole("button", { name: "Save the deadlines" }).click();
  await expect(toasts(page)).toContainText("Deadlines saved.");
  await page.reload();
  await expect(page.getByLabel("Acknowledge within (days)")).toHaveValue("7");
});
