import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { issueCode, OFFICER, phone, registerSeoulWorker, signInToPortal } from "./portal-helpers";

/** WCAG 2.2 level AA, and the levels below it that it includes. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LOCALES = ["en", "km"] as const;
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A page of a record found by following the first link of a list to it: `id` is the pattern of its ids. */
async function firstRecord(page: Page, list: string, prefix: string, id = UUID): Promise<string> {
  await page.goto(list);
  const href = await page.locator(`a[href^="${prefix}"]`).evaluateAll(
    (links, pattern) => links.map((link) => link.getAttribute("href") ?? "").find((href) => new RegExp(pattern).test(href)),
    `^${prefix}${id}$`,
  );
  expect(href, `a record linked from ${list}`).toBeTruthy();
  return href!;
}

async function setLocale(page: Page, locale: (typeof LOCALES)[number]) {
  const { origin } = new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: origin }]);
}

/** Every page in both languages; the violations of all of them at once, so one run shows them all. */
async function expectAccessible(page: Page, paths: string[]) {
  const failures: string[] = [];
  for (const locale of LOCALES) {
    await setLocale(page, locale);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} in ${locale}`).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      for (const violation of violations) {
        const where = violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(" | ");
        failures.push(`${path} (${locale}): ${violation.id} (${violation.impact}) ${violation.help} — ${where}`);
      }
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
}

test.describe("every page passes axe (WCAG 2.2 AA) in English and Khmer", () => {
  test.describe.configure({ timeout: 240_000 });

  test("signed out: sign-in and the workers' portal", async ({ page }) => {
    await expectAccessible(page, ["/login", "/portal"]);
  });

  test("a worker signed in to the portal, on a phone", async ({ page, browser }) => {
    await signIn(page, OFFICER);
    const worker = await registerSeoulWorker(page);
    const code = await issueCode(page, worker);
    const mobile = await phone(browser);
    await signInToPortal(mobile.page, worker.registrationNo, worker.birth, code);
    await expectAccessible(mobile.page, ["/portal"]);
    await mobile.context.close();
  });

  test("as an embassy officer", async ({ page }) => {
    await signIn(page, "officer.th@registry.test");
    const worker = await firstRecord(page, "/workers", "/workers/");
    const course = await firstRecord(page, "/courses", "/courses/");
    await expectAccessible(page, [
      "/",
      "/workers",
      "/workers/new",
      worker,
      `${worker}/edit`,
      "/courses",
      "/courses/new",
      course,
      `${course}/edit`,
      "/imports",
      "/reports",
      "/reports/breakdown",
      "/reports/monthly",
      "/reports/cases",
      "/account/password",
      "/account/two-factor",
    ]);
  });

  test("as ministry staff", async ({ page }) => {
    await signIn(page, "ministry@registry.test");
    const worker = await firstRecord(page, "/workers", "/workers/");
    // Sources are named by the publisher and year (molvt-2021); new and import are pages of their own.
    const source = await firstRecord(page, "/reports/published", "/reports/published/", "(?!new$|import$)[a-z0-9-]+");
    await expectAccessible(page, [
      "/",
      "/reports",
      "/reports/breakdown",
      "/reports/monthly",
      "/reports/published",
      "/reports/published/new",
      "/reports/published/import",
      source,
      "/reports/quotas",
      "/reports/cases?by=agency",
      "/reports/currency-rates",
      "/courses/statistics",
      "/workers",
      worker,
    ]);
  });

  test("as an administrator", async ({ page }) => {
    await signIn(page, "admin@registry.test");
    const account = await firstRecord(page, "/admin/users", "/admin/users/");
    const agency = await firstRecord(page, "/admin/agencies", "/admin/agencies/");
    await expectAccessible(page, ["/", "/admin", "/admin/users", "/admin/users/new", account, "/admin/tokens", "/imports", "/admin/agencies", agency, "/admin/case-settings"]);
  });
});
