import { expect, test } from "@playwright/test";
import { signIn } from "../../e2e/helpers";
import { issueCode, km, OFFICER, phone, registerSeoulWorker, signInToPortal } from "../../e2e/portal-helpers";

const out = (name: string, locale: string) => `docs/screenshots/${name}-${locale}.png`;
const LOCALES = ["en", "km"] as const;

/** What a newcomer should see first: each role's home and the screens they work in. */
const SCREENS = [
  { name: "officer-home", email: "officer.th@registry.test", path: "/" },
  { name: "worker-list", email: "officer.th@registry.test", path: "/workers" },
  { name: "new-worker", email: "officer.th@registry.test", path: "/workers/new" },
  { name: "courses", email: "officer.kr@registry.test", path: "/courses" },
  { name: "ministry-home", email: "ministry@registry.test", path: "/" },
  { name: "reports", email: "ministry@registry.test", path: "/reports" },
  { name: "admin-accounts", email: "admin@registry.test", path: "/admin/users" },
];

for (const locale of LOCALES) {
  for (const screen of SCREENS) {
    test(`${screen.name} (${locale})`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      await signIn(page, screen.email);
      await page.goto(screen.path);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: out(screen.name, locale) });
    });
  }

  test(`worker's portal on a phone (${locale})`, async ({ page, browser, baseURL }) => {
    await signIn(page, OFFICER);
    const worker = await registerSeoulWorker(page);
    // Enrolled in the demo's courses of the Seoul post, so that the portal has something to show.
    const { items: courses } = (await (await page.request.get("/api/v1/courses")).json()) as { items: { id: string }[] };
    for (const course of courses) {
      const enrolled = await page.request.post(`/api/v1/courses/${course.id}/enrolments`, { data: { workerId: worker.id } });
      expect(enrolled.status(), await enrolled.text()).toBe(201);
    }
    const code = await issueCode(page, worker);
    const mobile = await phone(browser);
    // The portal opens in Khmer, where the sign-in helper finds its fields; then the reader's language.
    await signInToPortal(mobile.page, worker.registrationNo, worker.birth, code);
    await expect(mobile.page.getByRole("heading", { name: km.title, exact: true })).toBeVisible();
    await mobile.context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await mobile.page.reload();
    await mobile.page.waitForLoadState("networkidle");
    await mobile.page.screenshot({ path: out("portal", locale), fullPage: true });
    await mobile.context.close();
  });
}
