import { expect, test, type Page } from "@playwright/test";
import { signIn, toasts } from "./helpers";

/** Twelve registration numbers of the post's workers, read from the first page of its list. */
async function twelveWorkers(page: Page): Promise<string[]> {
  await page.goto("/workers");
  const text = await page.getByTestId("worker-table").innerText();
  const numbers = [...new Set(text.match(/\b[A-Z]{2}\d{2}-\d{7}\b/g) ?? [])].slice(0, 12);
  expect(numbers).toHaveLength(12);
  return numbers;
}

/** Takes the case to its next step through the step's own form. */
async function step(page: Page, status: string, fill: (form: ReturnType<Page["getByTestId"]>) => Promise<void> = async () => {}) {
  const form = page.getByTestId(`step-${status}`);
  await fill(form);
  await form.getByRole("button").click();
  await expect(page.getByTestId("case-status")).toHaveText(new RegExp(`^${{ ACKNOWLEDGED: "Acknowledged", ASSESSMENT: "Under assessment", MEDIATION: "In mediation", RESOLVED: "Resolved", CLOSED: "Closed" }[status]}$`));
}

test("an officer's day: a group claim of twelve at the counter, mediation, compensation in two instalments, closure", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  const numbers = await twelveWorkers(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await page.getByRole("link", { name: "Record a complaint" }).first().click();
  const form = page.getByTestId("case-intake");
  await form.getByLabel("Lodged by").selectOption({ label: "A representative" });
  await form.getByLabel("How it came").selectOption({ label: "Walk-in" });
  await form.getByLabel("Complainant's name").fill("Workers' group leader, Mr Vannak");
  await form.getByLabel("Registered workers: registration numbers").fill(numbers.join("\n"));
  await form.getByRole("checkbox", { name: "Unpaid or underpaid wages" }).check();
  await form.getByLabel("What happened").fill("Twelve workers of the same construction site unpaid for two months.");
  await form.getByLabel("Employer").fill("Golden Lotus Construction Co., Ltd.");
  await form.getByLabel("Currency").selectOption("THB");
  await form.getByLabel("Amount claimed").fill("240,000");
  await form.getByRole("button", { name: "Save the complaint" }).click();

  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\?done=created$/);
  const reference = (await page.getByTestId("case-reference").textContent())!.trim();
  expect(reference).toMatch(/^C-TH-\d{4}-\d{6}$/);
  await expect(toasts(page)).toContainText(`Complaint saved: reference ${reference}.`);
  await expect(page.getByRole("heading", { name: "12 workers concerned" })).toBeVisible();
  await expect(page.getByTestId("case-workers").getByRole("link")).toHaveCount(12);

  await step(page, "ACKNOWLEDGED");
  await step(page, "ASSESSMENT");
  await step(page, "MEDIATION", (f) => f.getByLabel("Note").fill("Mediation with the employer at the provincial labour office."));
  await step(page, "RESOLVED", async (f) => {
    await f.getByLabel("Outcome").selectOption({ label: "Compensation agreed" });
    await f.getByLabel("Compensation agreed").fill("200,000");
    await f.getByLabel("Currency").selectOption("THB");
  });

  const payment = page.getByTestId("payment-form");
  for (const [amount, day] of [["120,000", "2026-11-01"], ["80,000", "2026-11-20"]]) {
    await payment.getByLabel("Amount received").fill(amount);
    await payment.getByLabel("Received on").fill(day);
    await payment.getByRole("button", { name: "Record the payment" }).click();
    await expect(page.getByTestId("payment-form").getByRole("status")).toHaveText("Payment recorded.");
  }
  await expect(page.getByTestId("case-payments").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByText("200,000.00 THB").first()).toBeVisible();

  await step(page, "CLOSED");
  const timeline = page.getByTestId("case-timeline");
  for (const entry of ["Moved to Received", "Moved to In mediation", "Payment received", "Moved to Closed"]) await expect(timeline).toContainText(entry);
  await expect(timeline).toContainText("Mediation with the employer at the provincial labour office.");

  // The case is in the post's list, found by its reference; Seoul's officer cannot open it.
  await page.goto(`/cases?q=${reference}`);
  await expect(page.getByTestId("case-table").getByRole("link", { name: reference })).toBeVisible();
  const caseUrl = await page.getByTestId("case-table").getByRole("link", { name: reference }).getAttribute("href");
  const seoul = await page.context().browser()!.newPage();
  await signIn(seoul, "officer.kr@registry.test");
  const response = await seoul.goto(caseUrl!);
  expect(response?.status()).toBe(404);
  await seoul.close();
});

test("a case moves to the ministry when the worker comes home, and Bangkok no longer holds it", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.goto("/cases/new");
  const form = page.getByTestId("case-intake");
  await form.getByLabel("People not yet registered").fill("KEO SAMBATH");
  await form.getByRole("checkbox", { name: "Recruitment fees or delay in departure" }).check();
  await form.getByLabel("What happened").fill("Paid the agency 2,500 USD; still waiting to leave after eight months.");
  await form.getByRole("button", { name: "Save the complaint" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\?done=created$/);
  const caseUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("case-workers")).toContainText("Not yet registered");

  const transfer = page.getByTestId("transfer-form");
  await transfer.getByRole("combobox", { name: "To" }).selectOption({ label: "Ministry (Phnom Penh)" });
  await transfer.getByLabel(/^Why/).fill("The worker is back in Kampong Cham.");
  await transfer.getByRole("button", { name: "Transfer" }).click();
  await expect(page).toHaveURL(/\/cases\?done=transferred$/);
  expect((await page.goto(caseUrl))?.status()).toBe(404);

  const ministry = await page.context().browser()!.newPage();
  await signIn(ministry, "ministry@registry.test");
  await ministry.goto(caseUrl);
  await expect(ministry.getByText("Ministry (Phnom Penh)").first()).toBeVisible();
  await expect(ministry.getByTestId("case-timeline")).toContainText("The worker is back in Kampong Cham.");
  await ministry.close();
});
