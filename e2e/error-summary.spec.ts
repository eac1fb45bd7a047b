import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a refused form lists each problem as a link to its field, takes the focus and says Error in the title, in English and Khmer", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.goto("/workers/new");
  const title = await page.title();
  await page.getByRole("button", { name: "Register worker" }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page).toHaveTitle(`Error: ${title}`);
  // Each problem is named by its field's label and opens that field.
  const fullName = summary.getByRole("link", { name: "Full name (Latin): This field is required." });
  await expect(fullName).toHaveAttribute("href", "#fullName");
  await summary.getByRole("link", { name: /^Date of birth: / }).click();
  await expect(page.getByLabel("Date of birth")).toBeFocused();
  await fullName.click();
  await expect(page.getByLabel("Full name (Latin)")).toBeFocused();

  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "km");
  await page.goto("/courses/new");
  const khmerTitle = await page.title();
  await page.getByRole("button", { name: "បង្កើតវគ្គ" }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "មានបញ្ហា" })).toBeVisible();
  await expect(page).toHaveTitle(`កំហុស៖ ${khmerTitle}`);
  await summary.getByRole("link", { name: /^ចំណងជើងជាភាសាអង់គ្លេស/ }).click();
  await expect(page.getByLabel("ចំណងជើងជាភាសាអង់គ្លេស")).toBeFocused();
});

test("a portal sign-in that fails says so in the summary, on a phone", async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });
  const page = await phone.newPage();
  await page.goto("/portal");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).not.toHaveCount(0);
  await expect(summary).toBeInViewport();
  await phone.close();
});
