import { expect, test } from "@playwright/test";
import { fillWorker, randomKhmerWord, randomLatinWord, registerWorker, signIn, uniquePassport, toasts, answerConfirmation } from "./helpers";

test("a second save from an old version is refused with what changed, and what was typed is kept", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, "officer.th@registry.test");
  await signIn(second, "officer.th@registry.test");
  const { url } = await registerWorker(first, { name: `KEO ${randomLatinWord(8)}`, passport: uniquePassport() });

  await first.goto(`${url}/edit`);
  await second.goto(`${url}/edit`);
  await first.getByLabel("Employer").fill("Rayong Rubber Estate");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(toasts(first)).toContainText("Changes saved.");

  await second.getByLabel("Employer").fill("Chonburi Seafood Processing");
  await second.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("Someone else changed this record in the meantime.");
  await expect(conflict.getByRole("row", { name: /Employer/ })).toContainText("Rayong Rubber Estate");
  await expect(conflict.getByRole("row", { name: /Employer/ })).toContainText("Chonburi Seafood Processing");
  await expect(second.getByLabel("Employer")).toHaveValue("Chonburi Seafood Processing");

  // Having seen the conflict, saving again is a deliberate choice and goes through.
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(toasts(second)).toContainText("Changes saved.");
  await expect(second.getByText("Chonburi Seafood Processing").first()).toBeVisible();
  const history = second.getByTestId("history");
  await expect(history).toContainText("Rayong Rubber Estate → Chonburi Seafood Processing");
  await expect(history).toContainText("Dara Chan");
});

test("a worker transferred to Korea is seen by the Seoul officer and no longer by Bangkok", async ({ browser }) => {
  const bangkok = await browser.newPage();
  await signIn(bangkok, "officer.th@registry.test");
  const name = `MEAS ${randomLatinWord(8)}`;
  const { url, registrationNo } = await registerWorker(bangkok, { name, passport: uniquePassport() });

  await bangkok.goto(url);
  await bangkok.getByLabel("New destination").selectOption("KR");
  await bangkok.getByLabel("New employer (if it changes)").fill("Ansan Metal Parts");
  await bangkok.getByRole("button", { name: "Transfer to another destination" }).click();
  await answerConfirmation(bangkok);
  await expect(toasts(bangkok)).toContainText("South Korea now holds the record");
  expect((await bangkok.goto(url))?.status()).toBe(404);

  const seoul = await browser.newPage();
  await signIn(seoul, "officer.kr@registry.test");
  await seoul.goto("/workers");
  await seoul.getByLabel("Search").fill(registrationNo);
  await seoul.getByRole("button", { name: "Search", exact: true }).click();
  await seoul.getByRole("link", { name: registrationNo }).click();
  await expect(seoul.getByRole("heading", { name })).toBeVisible();
  await expect(seoul.locator("dd", { hasText: "Royal Embassy of Cambodia in Seoul" })).toBeVisible();
  await expect(seoul.getByText("Ansan Metal Parts").first()).toBeVisible();
  // The history came with the record.
  await expect(seoul.getByTestId("history")).toContainText("Transferred");
  await expect(seoul.getByTestId("history")).toContainText("Registered");
});

test("search finds a worker by Khmer name and by a passport typed with spaces", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  const givenNameKm = randomKhmerWord();
  const passport = uniquePassport();
  const { registrationNo } = await registerWorker(page, { name: `SREY ${randomLatinWord(8)}`, nameKm: `ស្រី ${givenNameKm}`, passport });

  await page.goto("/workers");
  await page.getByLabel("Search").fill(`${passport.slice(0, 2).toLowerCase()} ${passport.slice(2, 5)} ${passport.slice(5)}`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=/);
  const table = page.getByTestId("worker-table");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText(registrationNo);

  await page.getByLabel("Search").fill(givenNameKm);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("worker-table")).toContainText(registrationNo);
  await expect(page.getByTestId("worker-count")).toHaveText("1 worker");

  // The filters are in the URL: Back returns to the passport search.
  await page.goBack();
  await expect(page.getByLabel("Search")).toHaveValue(/ /);
  await expect(page.getByTestId("worker-count")).toHaveText("1 worker");
});

test("filters narrow the list and the CSV export has the same rows, masked and safe", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  const name = `CHAN ${randomLatinWord(8)}`;
  const passport = uniquePassport();
  await registerWorker(page, { name, passport, nameKm: "ចាន់ សុភា" });

  await page.goto(`/workers?q=${encodeURIComponent(name)}&sector=CONSTRUCTION&status=PRE_DEPARTURE`);
  await expect(page.getByTestId("worker-count")).toHaveText("1 worker");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain("Registration no.");
  expect(lines[1]).toContain(name);
  expect(lines[1]).toContain("ចាន់ សុភា");
  expect(lines[1]).toContain(`••••${passport.slice(-4)}`);
  expect(lines[1]).not.toContain(passport);

  await page.goto("/workers?sector=FISHING&status=DECEASED&q=NOBODYCALLEDTHIS");
  await expect(page.getByText("No worker matches these filters.")).toBeVisible();
});

test("a deployment and a return are recorded with their dates and shown in the history", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  const { url } = await registerWorker(page, { name: `OUK ${randomLatinWord(8)}`, passport: uniquePassport() });
  await page.goto(url);
  await page.getByLabel("New status").selectOption("DEPLOYED");
  await page.getByLabel("On (date)").first().fill("2025-03-01");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("Status changed.")).toBeVisible();
  await expect(page.getByText("March 1, 2025")).toBeVisible();

  await page.getByLabel("New status").selectOption("RETURNED");
  await page.getByLabel("On (date)").first().fill("2025-02-01");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The return cannot be before the deployment.");

  const options = await page.getByLabel("New status").locator("option").allTextContents();
  expect(options).not.toContain("Pre-departure");
  await expect(page.getByTestId("history")).toContainText("Status: Pre-departure → Deployed");
});

test("likely duplicates are shown before saving, and the officer can register anyway", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  const surname = randomLatinWord(8);
  const birth = `19${70 + Math.floor(Math.random() * 30)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
  const first = await registerWorker(page, { name: `SOK ${surname}`, passport: uniquePassport(), birth });

  await page.goto("/workers/new");
  // The same birth date and a name one letter apart.
  await fillWorker(page, { name: `SOK ${surname.slice(0, -1)}X`, passport: uniquePassport(), birth });
  await page.getByRole("button", { name: "Register worker" }).click();
  const warning = page.getByTestId("duplicates");
  await expect(warning).toContainText("This worker may already be registered.");
  await expect(warning.getByRole("link", { name: new RegExp(first.registrationNo) })).toHaveAttribute("href", new URL(first.url).pathname);
  await page.getByLabel("I have checked: this is a different person. Register anyway.").check();
  await page.getByRole("button", { name: "Register worker" }).click();
  await expect(page).toHaveURL(/done=created/);
});

test("an officer reveals the full passport number; ministry staff cannot", async ({ browser }) => {
  const officer = await browser.newPage();
  await signIn(officer, "officer.th@registry.test");
  const passport = uniquePassport();
  const { url } = await registerWorker(officer, { name: `LY ${randomLatinWord(8)}`, passport });
  await expect(officer.getByTestId("passport")).toHaveText(`••••${passport.slice(-4)}`);
  await officer.getByRole("button", { name: "Show full number" }).click();
  await expect(officer.getByTestId("passport")).toHaveText(passport);
  await officer.reload();
  await expect(officer.getByTestId("history")).toContainText("Full passport number viewed");

  const ministry = await browser.newPage();
  await signIn(ministry, "ministry@registry.test");
  await ministry.goto(url);
  await expect(ministry.getByTestId("passport")).toHaveText(`••••${passport.slice(-4)}`);
  await expect(ministry.getByRole("button", { name: "Show full number" })).toHaveCount(0);
  await expect(ministry.getByRole("link", { name: "Correct record" })).toHaveCount(0);
  expect((await ministry.goto(`${url}/edit`))?.status()).toBe(403);
});
