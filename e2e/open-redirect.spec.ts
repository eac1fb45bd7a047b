import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signInWithForm } from "./helpers";
import { issueCode, OFFICER, phone, registerSeoulWorker, signInToPortal } from "./portal-helpers";

/**
 * The sign-in forms follow a destination from the link only to a page of the app: every way of
 * writing another host, as a browser would read it, lands on the app's own start page instead.
 * Written raw into the query, as an attacker's link carries them.
 */
const hostile = (origin: string) => [
  ["backslash", "/\\evil.example/"],
  ["encoded backslash", "/%5Cevil.example/"],
  ["tab", "/%09/evil.example/"],
  ["newline", "/%0A/evil.example/"],
  ["javascript:", "javascript:alert(document.domain)"],
  ["protocol-relative", "//evil.example/"],
  ["userinfo", `${origin.replace("://", "://user@")}/`],
  ["userinfo before another host", `//${new URL(origin).host}@evil.example/`],
];

/** Fails the test on any request to another host and on any script dialog. */
function watch(page: Page, origin: string) {
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(origin)) elsewhere.push(request.url());
  });
  page.on("dialog", (dialog) => {
    elsewhere.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return elsewhere;
}

test("the staff sign-in lands on the app's start page for every way of writing another destination", async ({ browser, baseURL }) => {
  test.slow();
  const origin = new URL(baseURL!).origin;
  for (const [form, value] of hostile(origin)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const elsewhere = watch(page, origin);
    await page.goto(`/login?callbackUrl=${value}`);
    await signInWithForm(page, "ministry@registry.test", DEMO_PASSWORD);
    await expect(page.getByTestId("signed-in-as"), form).toBeVisible();
    expect(new URL(page.url()).origin, form).toBe(origin);
    expect(new URL(page.url()).pathname, form).toBe("/");
    expect(elsewhere, form).toEqual([]);
    await context.close();
  }
});

test("the staff sign-in still follows a page of the app", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Freports%3Fyear%3D2026");
  await signInWithForm(page, "ministry@registry.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/reports\?year=2026$/);
});

test("the portal sign-in lands on the portal for every way of writing another destination", async ({ page, browser, baseURL }) => {
  test.slow();
  const origin = new URL(baseURL!).origin;
  await signIn(page, OFFICER);
  const worker = await registerSeoulWorker(page);
  const code = await issueCode(page, worker);
  for (const [form, value] of [...hostile(origin), ["another part of the app", "/workers"]]) {
    const { context, page: mobile } = await phone(browser);
    const elsewhere = watch(mobile, origin);
    await signInToPortal(mobile, worker.registrationNo, worker.birth, code, `/portal?callbackUrl=${value}`);
    await expect(mobile.getByTestId("portal-worker"), form).toBeVisible();
    expect(new URL(mobile.url()).origin, form).toBe(origin);
    expect(new URL(mobile.url()).pathname, form).toBe("/portal");
    expect(elsewhere, form).toEqual([]);
    await context.close();
  }
});
