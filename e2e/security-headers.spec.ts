import { expect, test, type Page } from "@playwright/test";
import { apiAs, DEMO_PASSWORD, newWorker, registerViaApi, signIn, signInWithForm } from "./helpers";

type Answer = { headers(): Record<string, string>; url(): string };

function expectSecurityHeaders(response: Answer | null) {
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp, response!.url()).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cache-control"]).toContain("no-store");
  return csp;
}

/** Collects the browser's complaints about the policy while the page loads and hydrates. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return violations;
}

test("the sign-in page carries the headers, its scripts run with the nonce, and nothing is blocked", async ({ page }) => {
  const violations = cspViolations(page);
  const response = await page.goto("/login");
  const csp = expectSecurityHeaders(response);
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  // Next.js puts the nonce on its scripts; the browser hides it from attributes once applied.
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(scriptNonces.every((value) => value === nonce)).toBe(true);
  // The form works only once React has hydrated, which needs every script to have run. Ministry
  // staff sign in with the password alone, so a real sign-in here takes no one-time code.
  await signInWithForm(page, "ministry@registry.test", DEMO_PASSWORD);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  expect(violations).toEqual([]);
});

test("every kind of answer carries the headers: staff pages, reports, admin, API, errors", async ({ browser }) => {
  const officer = await browser.newPage();
  const violations = cspViolations(officer);
  await signIn(officer, "officer.th@registry.test");
  for (const path of ["/workers", "/workers/new", "/reports"]) expectSecurityHeaders(await officer.goto(path));
  expectSecurityHeaders(await officer.goto("/no-such-page"));
  expectSecurityHeaders(await officer.goto("/admin"));
  expect(violations).toEqual([]);

  for (const path of ["/api/v1/workers", "/api/v1/openapi.json"]) expectSecurityHeaders(await officer.request.get(path));

  const anonymous = await browser.newPage();
  // The redirect to sign in carries them too.
  const redirect = await anonymous.request.get("/workers", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect);
});

test("a page cannot be framed by another site", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => violations.push(message.text()));
  await page.setContent(`<iframe src="${test.info().project.use.baseURL}/login"></iframe>`);
  await expect.poll(() => violations.some((text) => text.includes("frame-ancestors"))).toBe(true);
});

test("markup typed into a record is stored as it was typed and shown as text, never run", async ({ browser, page }) => {
  const employer = `<img src=x onerror="window.__injected=1"><script>window.__injected=2</script> Co., Ltd.`;
  const id = await registerViaApi(await apiAs(browser, "officer.th@registry.test"), newWorker({ employer }));
  await signIn(page, "officer.th@registry.test");
  await page.goto(`/workers/${id}`);
  await expect(page.getByText(employer)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  expect(await page.locator("main img[src=x]").count()).toBe(0);
});
