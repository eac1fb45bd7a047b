import { expect, test } from "@playwright/test";
import { createAccount, signIn, signInFirstTime, signInWithForm } from "./helpers";

// test.slow(): a new account goes through every form of its first sign-ins (and, for an officer, two-factor set-up).

const home = (url: URL) => url.pathname === "/";

test("an officer signs in and lands on their post's home page", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await expect(page).toHaveURL(home);
  await expect(page.getByTestId("signed-in-as")).toContainText("Royal Embassy of Cambodia in Bangkok");
  await expect(page.getByRole("heading", { name: "Home", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Workers of your post" })).toBeVisible();
});

test("an administrator lands on the administrators' home page and cannot open the worker list", async ({ page }) => {
  await signIn(page, "admin@registry.test");
  await expect(page).toHaveURL(home);
  await expect(page.getByRole("heading", { name: "Staff accounts", level: 2 })).toBeVisible();
  const response = await page.goto("/workers");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});

test("ministry staff land on the reconciliation summary", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  await expect(page).toHaveURL(home);
  await expect(page.getByRole("heading", { name: "Registered workers against each destination's reference figure, largest gaps first" })).toBeVisible();
});

test("a wrong password and an unknown e-mail get the same message", async ({ page, browser }) => {
  // An account of this test's own: failures count against the e-mail, and must not lock a shared one.
  const { email } = await createAccount(browser, { role: "Ministry staff" });
  const messages: string[] = [];
  for (const [typed, password] of [
    [email, "not-the-password"],
    ["nobody@registry.test", "registry-demo-2026"],
  ]) {
    await page.goto("/login");
    await signInWithForm(page, typed, password);
    const error = page.getByTestId("login-error");
    await expect(error).toBeVisible();
    messages.push((await error.textContent()) ?? "");
    await expect(page).toHaveURL(/\/login/);
  }
  expect(messages[0]).toBe(messages[1]);
  expect(messages[0]).toContain("not right");
});

test("anonymous visitors are sent to sign in, and back afterwards, past the one-time code", async ({ browser }) => {
  test.slow();
  const { email, temporaryPassword } = await createAccount(browser);
  const password = "a passphrase for the way back";
  const { page, twoFactor } = await signInFirstTime(browser, email, temporaryPassword, password);
  await page.context().clearCookies();

  await page.goto("/workers/new");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fworkers%2Fnew/);
  await signInWithForm(page, email, password, { secret: twoFactor!.secret });
  await expect(page).toHaveURL(/\/workers\/new$/);
});

test("signing out ends the session on the server: a copy of its cookie no longer works", async ({ browser }) => {
  test.slow();
  // Not a demo account: their sessions are shared by the whole run (helpers.ts `signIn`).
  const { email, temporaryPassword } = await createAccount(browser, { role: "Ministry staff" });
  const { page: staff } = await signInFirstTime(browser, email, temporaryPassword, "a passphrase to sign out with");
  const cookies = await staff.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await staff.getByRole("button", { name: "Sign out" }).click();
  await expect(staff).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const stolen = await replay.newPage();
  expect((await stolen.request.get("/api/v1/workers")).status()).toBe(401);
  await stolen.goto("/workers");
  await expect(stolen).toHaveURL(/\/login/);
  await replay.close();
});

test("repeated wrong passwords lock the e-mail for a while, with a message that says so", async ({ page }) => {
  const email = `locked-${crypto.randomUUID().slice(0, 8)}@registry.test`;
  await page.goto("/login");
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(`guess number ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    const expected = attempt <= 5 ? "The e-mail, password or code is not right." : "Too many failed attempts. Wait 15 minutes";
    await expect(page.getByTestId("login-error")).toContainText(expected);
  }
});
