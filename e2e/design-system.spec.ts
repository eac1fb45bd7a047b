import { expect, test, type Page } from "@playwright/test";
import { answerConfirmation, randomBirthDate, randomLatinWord, registerWorker, signIn, toasts, uniquePassport } from "./helpers";

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const colorScheme = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);

test("the theme follows the system until a choice is made, and the choice holds after a reload", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  await signIn(page, "officer.th@registry.test");
  const theme = page.getByRole("form", { name: "Theme" });

  // No choice yet: the system's preference decides, through CSS alone.
  await page.emulateMedia({ colorScheme: "light" });
  await expect(theme.getByRole("button", { name: "As the system" })).toHaveAttribute("aria-pressed", "true");
  const light = await background(page);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await background(page);
  expect(dark).not.toBe(light);

  // Chosen light on a dark system: light it is, on this page and after a reload.
  await theme.getByRole("button", { name: "Light" }).click();
  await expect(page.locator("html")).toHaveClass("light");
  await page.reload();
  await expect(page.locator("html")).toHaveClass("light");
  expect(await colorScheme(page)).toBe("light");
  expect(await background(page)).toBe(light);

  // Chosen dark on a light system: the page is dark from the first paint, with no script to set it.
  await page.emulateMedia({ colorScheme: "light" });
  await theme.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass("dark");
  const response = await page.reload();
  expect(await response!.text()).toMatch(/<html[^>]*class="dark"/);
  expect(await colorScheme(page)).toBe("dark");
  expect(await background(page)).toBe(dark);
  await expect(page.getByRole("form", { name: "Theme" }).getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");

  // Back to the system's choice.
  await page.getByRole("form", { name: "Theme" }).getByRole("button", { name: "As the system" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark|light/);
  expect(await background(page)).toBe(light);
  expect(violations).toEqual([]);
});

test("a save ends with a toast, and something hard to undo asks first: Cancel keeps the record, Confirm acts", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  const { url, registrationNo } = await registerWorker(page, { name: `Design ${randomLatinWord()}`, passport: uniquePassport() });
  await expect(toasts(page)).toContainText(`Registered. The registration number is ${registrationNo}.`);

  await page.goto(url);
  await page.getByLabel("New destination").selectOption("KR");
  const transfer = page.getByRole("button", { name: "Transfer to another destination" });
  await transfer.click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Transfer");
  await answerConfirmation(page, "cancel");
  // Nothing was sent: the record is still here, at its post, and focus is back on the button.
  await expect(transfer).toBeFocused();
  await page.reload();
  await expect(page.getByTestId("registration-no")).toHaveText(registrationNo);
  await expect(page.getByRole("main")).toContainText("Thailand");

  await page.getByLabel("New destination").selectOption("KR");
  await transfer.click();
  await answerConfirmation(page);
  await expect(page).toHaveURL(/\/workers\?transferred=KR/);
  await expect(toasts(page)).toContainText("Transferred. The post covering South Korea now holds the record.");
  expect((await page.goto(url))?.status()).toBe(404);
});

test("a data page sends its skeleton first and streams the data in after, keeping the status of a refusal", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  // The document as sent: the loading state comes first, the list follows in the same answer.
  const html = await (await page.request.get("/workers")).text();
  const skeletonAt = html.indexOf('data-testid="page-skeleton"');
  expect(skeletonAt).toBeGreaterThan(-1);
  expect(html.indexOf('data-testid="worker-table"')).toBeGreaterThan(skeletonAt);
  expect(html.slice(skeletonAt, skeletonAt + 300)).toMatch(/aria-busy="true"|Loading…/);

  // A refusal is decided before anything streams, so it is still a real 403 or 404.
  expect((await page.goto("/admin/users"))?.status()).toBe(403);
  expect((await page.goto(`/workers/${crypto.randomUUID()}`))?.status()).toBe(404);
});

/** Whether anything sticks out past the right edge of the screen, making the whole page scroll sideways. */
async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("main")).toBeVisible();
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
}

test("at 360 px wide nothing makes the page scroll sideways: worker list, a worker, reports, the portal", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, "officer.kr@registry.test");
  const birth = randomBirthDate();
  const worker = await registerWorker(page, { name: `Narrow ${randomLatinWord()}`, passport: uniquePassport(), destination: "KR", birth });
  for (const path of ["/workers", worker.url, "/reports", "/reports/breakdown", "/reports/monthly", "/courses"]) await expectNoSidewaysScroll(page, path);

  await page.goto(worker.url);
  await page.getByRole("button", { name: "Issue portal access code" }).click();
  const code = (await page.getByTestId("access-code").textContent())!.trim();

  // The worker on a phone of their own, behind an address of its own (sign-in attempts are counted per address).
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
  });
  const mobile = await phone.newPage();
  await expectNoSidewaysScroll(mobile, "/portal");
  await mobile.getByLabel("លេខចុះឈ្មោះ").fill(worker.registrationNo);
  await mobile.getByLabel("ថ្ងៃខែឆ្នាំកំណើត").fill(birth);
  await mobile.getByLabel("លេខកូដចូលប្រើ").fill(code);
  await mobile.getByRole("button", { name: "ចូល", exact: true }).click();
  await expect(mobile.getByRole("heading", { name: "វគ្គបណ្តុះបណ្តាលរបស់អ្នក", exact: true })).toBeVisible();
  await expectNoSidewaysScroll(mobile, "/portal");
  await context.close();
  await phone.close();
});
