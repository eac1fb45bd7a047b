import { expect, test, type Page } from "@playwright/test";
import { randomBirthDate, randomLatinWord, signIn, uniquePassport } from "./helpers";

/** Tab, and only Tab, until the control labelled `label` has the focus. */
async function tabTo(page: Page, label: string) {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.labels?.[0]?.textContent?.replace("*", "").trim() ?? element?.textContent?.trim() ?? "";
    });
    if (focused === label) return;
  }
  throw new Error(`Tab never reached “${label}”`);
}

test("the first Tab offers a link past the navigation to the page's content", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.goto("/workers");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("an officer registers a worker with the keyboard alone; a wrong field's error is announced and linked to it", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.goto("/workers/new");
  const name = `Keo ${randomLatinWord()}`;
  // Chromium's date field takes the digits in the order of its locale: month, day, year.
  const [year, month, day] = randomBirthDate().split("-");

  await tabTo(page, "Full name (Latin)");
  await page.keyboard.type(name);
  await tabTo(page, "Sex");
  await page.keyboard.type("Female");
  await tabTo(page, "Date of birth");
  await page.keyboard.type(`${month}${day}${year}`);
  await tabTo(page, "Passport no.");
  await page.keyboard.type("N12345");
  await tabTo(page, "Province of origin");
  await page.keyboard.type("Takeo");
  await tabTo(page, "Destination");
  await page.keyboard.type("Thailand");
  await tabTo(page, "Sector");
  await page.keyboard.type("Agriculture");
  await tabTo(page, "Scheme");
  await page.keyboard.type("Bilateral");
  await tabTo(page, "Register worker");
  await page.keyboard.press("Enter");

  const passport = page.getByLabel("Passport no.");
  await expect(passport).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await passport.getAttribute("aria-describedby"))!.split(" ");
  const error = page.locator(`[id="${describedBy.find((id) => id.endsWith("-error"))}"]`);
  await expect(error).toHaveAttribute("role", "alert");
  await expect(error).toContainText("one or two letters and 6 to 8 digits");
  // What was typed is kept: only the passport needs typing again.
  await expect(page.getByLabel("Full name (Latin)")).toHaveValue(name);

  await tabTo(page, "Passport no.");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(uniquePassport());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/workers\/[0-9a-f-]{36}\?done=created$/);
  await expect(page.getByRole("heading", { name: name.toUpperCase() })).toBeVisible();
});
