import { expect, test, type Locator, type Page } from "@playwright/test";
import { answerConfirmation, fillWorker, randomBirthDate, randomLatinWord, registerWorker, signIn, uniquePassport } from "./helpers";

const digitsOf = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

/** Follows a home page tile: the number it showed, and what the list it opened says it holds. */
async function followTile(page: Page, tile: Locator): Promise<{ shown: number; listed: number }> {
  const shown = digitsOf(await tile.getByTestId(/-value$/).textContent());
  await tile.click();
  await expect(page).toHaveURL(/\/workers\?/);
  return { shown, listed: digitsOf(await page.getByTestId("worker-count").textContent()) };
}

test("an officer's tiles show the post's numbers and open the lists they count", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  for (const [testId, url] of [
    ["tile-deployed", /\/workers\?status=DEPLOYED$/],
    ["tile-pre-departure", /\/workers\?status=PRE_DEPARTURE$/],
    ["tile-returned", /\/workers\?returnedFrom=\d{4}-\d{2}-01&returnedTo=\d{4}-\d{2}-\d{2}$/],
    ["tile-contract-ending", /\/workers\?status=DEPLOYED&contractEndFrom=\d{4}-\d{2}-\d{2}&contractEndTo=\d{4}-\d{2}-\d{2}$/],
    ["tile-missing-phone", /\/workers\?missing=phone$/],
  ] as const) {
    // Other tests register and deploy workers meanwhile: tile and list are compared again if one moved in between.
    await expect(async () => {
      await page.goto("/");
      await expect(page.getByTestId(testId).getByTestId(`${testId}-value`)).toHaveText(/^[\d,]+$/);
      const { shown, listed } = await followTile(page, page.getByTestId(testId));
      expect(page.url()).toMatch(url);
      expect(listed).toBe(shown);
    }).toPass({ timeout: 30_000 });
  }
  // The demo's Bangkok courses are in the future; the link opens the course list from today.
  await page.goto("/");
  await page.getByRole("link", { name: /^All upcoming courses/ }).click();
  await expect(page).toHaveURL(/\/courses\?from=\d{4}-\d{2}-\d{2}$/);
});

test("a record without a phone, registered over a duplicate warning, waits on the home page until checked", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  const surname = randomLatinWord(8);
  const birth = randomBirthDate();
  await registerWorker(page, { name: `CHEA ${surname}`, passport: uniquePassport(), birth });
  await page.goto("/workers/new");
  const name = `CHEA ${surname.slice(0, -1)}X`;
  await fillWorker(page, { name, passport: uniquePassport(), birth });
  await page.getByRole("button", { name: "Register worker" }).click();
  await page.getByLabel("I have checked: this is a different person. Register anyway.").check();
  await page.getByRole("button", { name: "Register worker" }).click();
  await expect(page).toHaveURL(/done=created/);
  const record = page.url().replace("?done=created", "");
  await expect(page.getByTestId("duplicate-flag")).toContainText("same date of birth and a similar name");

  for (const testId of ["tile-likely-duplicates", "tile-missing-phone"]) {
    await page.goto("/");
    await expect(page.getByTestId(testId).getByTestId(`${testId}-value`)).not.toHaveText("0");
    await page.getByTestId(testId).click();
    await expect(page).toHaveURL(/\/workers\?(likelyDuplicate=true|missing=phone)$/);
    // Newest first: the record just registered heads the list.
    await expect(page.getByTestId("worker-table").getByRole("row").filter({ hasText: name })).toBeVisible();
  }

  await page.goto(record);
  await page.getByRole("button", { name: "Checked: not a duplicate" }).click();
  await answerConfirmation(page);
  await expect(page.getByTestId("duplicate-flag")).toHaveCount(0);
  await expect(page.getByTestId("history")).toContainText("Checked: not a duplicate");
  await page.goto("/workers?likelyDuplicate=true");
  await expect(page.getByTestId("worker-count")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
});

test("the ministry sees the largest gaps first, each registered count opening its workers", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  const rows = page.getByTestId("reconciliation-gaps").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const gaps = (await rows.locator("td:nth-child(4)").allTextContents()).filter((text) => text !== "—").map((text) => Math.abs(Number(text.replace(/[^\d-]/g, ""))));
  expect(gaps.length).toBeGreaterThan(1);
  expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  // Korea against the ministry's own figure, named, not the ambassador's newer approximate one.
  await expect(page.getByTestId("gap-KR")).toContainText("45,866");
  await expect(page.getByTestId("gap-KR")).toContainText("Ministry of Labour and Vocational Training report on Cambodian workers abroad");
  await expect(page.getByTestId("gap-KR")).not.toContainText("ambassador");
  await expect(page.getByTestId("reference-total")).toContainText("Workers in the reference figures");

  await expect(async () => {
    await page.goto("/");
    const link = page.getByTestId("gap-TH").getByRole("link");
    const shown = digitsOf(await link.textContent());
    await link.click();
    await expect(page).toHaveURL(/\/workers\?country=TH&status=DEPLOYED$/);
    expect(digitsOf(await page.getByTestId("worker-count").textContent())).toBe(shown);
  }).toPass({ timeout: 30_000 });

  await page.goto("/");
  await page.getByRole("link", { name: "Open the full report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registered and published workers by destination" })).toBeVisible();
});

test("administrators see accounts, posts and the latest failed sign-ins with the e-mail masked", async ({ page }) => {
  const stranger = `home-${randomLatinWord(6).toLowerCase()}@example.org`;
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(stranger);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toBeVisible();

  await signIn(page, "admin@registry.test");
  const failures = page.getByTestId("sign-in-failures");
  await expect(failures).toContainText(`${stranger[0]}•••@example.org`);
  await expect(failures).not.toContainText(stranger);
  await expect(page.getByTestId("tile-accounts-OFFICER-value")).toHaveText(/^[1-9][\d,]*$/);
  await expect(page.getByTestId("tile-posts-value")).toHaveText(/^[1-9][\d,]*$/);

  await page.getByTestId("tile-posts").click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/");
  await page.getByTestId("tile-accounts-OFFICER").click();
  await expect(page).toHaveURL(/\/admin\/users$/);
});

test("the home page fits a 360 px phone, in Khmer too", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const email of ["officer.th@registry.test", "ministry@registry.test", "admin@registry.test"]) {
    await page.context().clearCookies();
    await signIn(page, email);
    await page.goto("/");
    for (const language of ["English", "ខ្មែរ"]) {
      await page.getByRole("button", { name: language }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", language === "English" ? "en" : "km");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${email} in ${language}`).toBeLessThanOrEqual(0);
    }
  }
});
