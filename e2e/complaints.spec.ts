import { expect, test } from "@playwright/test";
import km from "../messages/km.json" with { type: "json" };
import { randomKhmerWord, signIn } from "./helpers";
import { issueCode, OFFICER, phone, registerSeoulWorker, signInToPortal } from "./portal-helpers";

const REFERENCE = /C-[A-Z]{2}-\d{4}-\d{6}/;

test("a family's complaint from the public page, in Khmer on a phone, reaches the ministry unconfirmed", async ({ page, browser }) => {
  const mobile = await phone(browser);
  const worker = `Keo ${randomKhmerWord()}`;
  await mobile.page.goto("/portal/family");
  await expect(mobile.page.getByRole("heading", { level: 1, name: km.complaints.family.title })).toBeVisible();
  const form = mobile.page.getByTestId("complaint-form");
  await form.getByLabel(km.complaints.field.workerName).fill(worker);
  await form.getByLabel(km.complaints.field.destinationCountry).selectOption("MY");
  await form.getByRole("checkbox", { name: km.enums.caseCategory.MISSING_PERSON }).check();
  await form.getByLabel(km.complaints.field.description).fill("កូនប្រុសខ្ញុំមិនបានទូរស័ព្ទមកផ្ទះបីខែហើយ។");
  await form.getByLabel(km.complaints.field.complainantName).fill("Keo Sreymom");
  await form.getByLabel(km.complaints.field.complainantRelation).fill("ម្តាយ");
  await form.getByLabel(km.complaints.field.complainantContact).fill("+855 12 345 678");
  await form.getByRole("button", { name: km.complaints.send }).click();
  const lodged = mobile.page.getByTestId("complaint-lodged");
  await expect(lodged).toContainText(REFERENCE);
  const reference = (await lodged.innerText()).match(REFERENCE)![0];
  expect(await mobile.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await mobile.context.close();

  // At the ministry, among the complaints waiting to be confirmed, held in Phnom Penh.
  await signIn(page, "ministry@registry.test");
  await page.goto("/cases");
  await page.getByRole("checkbox", { name: "From the public page, unconfirmed" }).check();
  await page.getByRole("button", { name: "Show" }).click();
  const row = page.getByTestId("case-table").getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Unconfirmed");
  await expect(row).toContainText("Ministry (Phnom Penh)");
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByTestId("case-status")).toHaveText("Received");
  await expect(page.getByTestId("confirm-form").getByRole("button", { name: "Confirm the complaint" })).toBeVisible();

  // Not at the embassy in Kuala Lumpur until the ministry passes it on.
  const kualaLumpur = await browser.newPage();
  await signIn(kualaLumpur, "officer.my@registry.test");
  await kualaLumpur.goto(`/cases?q=${reference}`);
  await expect(kualaLumpur.getByTestId("case-count")).toHaveText("No case");
  await kualaLumpur.close();
});

test("a worker lodges a complaint on the portal in Khmer and follows it as the embassy moves it on, never seeing its notes", async ({ page, browser }) => {
  await signIn(page, OFFICER);
  const worker = await registerSeoulWorker(page);
  const code = await issueCode(page, worker);
  const { context, page: mobile } = await phone(browser);
  await signInToPortal(mobile, worker.registrationNo, worker.birth, code);
  await mobile.getByTestId("portal-cases-link").click();
  await expect(mobile.getByRole("heading", { level: 1, name: km.complaints.portal.title })).toBeVisible();
  await expect(mobile.getByTestId("empty-state")).toContainText(km.complaints.portal.empty);

  await mobile.getByRole("link", { name: km.complaints.portal.new }).click();
  const form = mobile.getByTestId("complaint-form");
  await form.getByRole("checkbox", { name: km.enums.caseCategory.UNPAID_WAGES }).check();
  await form.getByLabel(km.complaints.field.description).fill("និយោជកមិនបានបើកប្រាក់ខែខ្ញុំពីរខែហើយ។");
  await form.getByLabel(km.complaints.field.employer).fill("Ansan Metal Parts");
  await form.getByRole("button", { name: km.complaints.send }).click();
  await expect(mobile).toHaveURL(/\/portal\/cases\?lodged=/);
  const reference = (await mobile.getByTestId("complaint-lodged").innerText()).match(REFERENCE)![0];
  const card = mobile.getByTestId("portal-case").filter({ hasText: reference });
  await expect(card.getByTestId("portal-case-status")).toHaveText(km.enums.caseStatus.RECEIVED);
  await expect(card).toContainText(km.complaints.next.RECEIVED);
  await expect(card).toContainText(km.enums.caseCategory.UNPAID_WAGES);

  // The Seoul desk writes an internal note and acknowledges the complaint.
  const note = `Called the employer ${randomKhmerWord()}: promised to pay by Friday.`;
  await page.goto(`/cases?q=${reference}`);
  await page.getByTestId("case-table").getByRole("link", { name: reference }).click();
  await page.getByTestId("note-form").getByLabel("Note").fill(note);
  await page.getByTestId("note-form").getByRole("button", { name: "Save the note" }).click();
  await expect(page.getByTestId("case-timeline")).toContainText(note);
  await page.getByTestId("step-ACKNOWLEDGED").getByRole("button").click();
  await expect(page.getByTestId("case-status")).toHaveText("Acknowledged");

  await mobile.reload();
  await expect(card.getByTestId("portal-case-status")).toHaveText(km.enums.caseStatus.ACKNOWLEDGED);
  await expect(card).toContainText(km.complaints.next.ACKNOWLEDGED);
  await expect(mobile.locator("body")).not.toContainText(note);
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});
