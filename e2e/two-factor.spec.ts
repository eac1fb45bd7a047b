import { expect, test } from "@playwright/test";
import { answerConfirmation, createAccount, nextCode, replaceTemporaryPassword, signIn, signInFirstTime, signInWithForm, signOut } from "./helpers";

// test.slow(): a new account goes through every form of its first sign-ins (and, for an officer, two-factor set-up).

test("a new officer must set up two-factor sign-in at the first sign-in, and then works", async ({ browser }) => {
  test.slow();
  const { email, temporaryPassword } = await createAccount(browser);
  const password = "a passphrase before the code";
  const officer = await browser.newPage();
  await signInWithForm(officer, email, temporaryPassword);
  await replaceTemporaryPassword(officer, temporaryPassword, password);
  await signInWithForm(officer, email, password);

  // The password alone opens the set-up and nothing else, in the pages and in the API.
  await expect(officer).toHaveURL(/\/account\/two-factor$/);
  await expect(officer.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
  await officer.goto("/workers/new");
  await expect(officer).toHaveURL(/\/account\/two-factor$/);
  expect((await officer.request.get("/api/v1/workers")).status()).toBe(403);

  await expect(officer.getByRole("img", { name: "QR code to scan with the authenticator app" }).locator("svg")).toBeVisible();
  const secret = (await officer.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(await officer.getByTestId("totp-uri").textContent()).toContain(`secret=${secret}`);
  // The key stays the same when the page is opened again: what was scanned still counts.
  await officer.reload();
  expect((await officer.getByTestId("totp-secret").textContent())!.replace(/\s/g, "")).toBe(secret);

  await officer.getByLabel("Code from the app").fill("000000");
  await officer.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(officer.getByTestId("error-summary")).toContainText("This code is not right, or it was already used.");
  await officer.getByLabel("Code from the app").fill(await nextCode(secret));
  await officer.getByRole("button", { name: "Turn on two-factor sign-in" }).click();

  const codes = officer.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await expect(officer.getByRole("button", { name: "Print" })).toBeVisible();
  await officer.getByRole("link", { name: "Continue" }).click();
  await expect(officer).toHaveURL((url) => url.pathname === "/");
  await officer.goto("/workers/new");
  await expect(officer.getByRole("heading", { name: "Register a worker" })).toBeVisible();
  expect((await officer.request.get("/api/v1/workers")).status()).toBe(200);
});

test("the next sign-in asks for a code, a used code is refused, and a recovery code works once", async ({ browser }) => {
  test.slow();
  const { email, temporaryPassword } = await createAccount(browser);
  const password = "a passphrase and a phone";
  const { page, twoFactor } = await signInFirstTime(browser, email, temporaryPassword, password);
  const { secret, recoveryCodes } = twoFactor!;
  await signOut(page);

  // The right password alone asks for the code; the e-mail and password need not be typed again.
  await signInWithForm(page, email, password);
  await expect(page.getByLabel("One-time code")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveCount(0);
  const code = await nextCode(secret);
  await page.getByLabel("One-time code").fill(code);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await signOut(page);

  // The same code again, within its 30 seconds: refused with the message of a wrong password.
  await signInWithForm(page, email, password, { code });
  await expect(page.getByTestId("login-error")).toHaveText("The e-mail, password or code is not right. Check them and try again.");
  // A recovery code in its place, typed in capitals: it works, and says how many remain.
  await page.getByLabel("One-time code").fill(recoveryCodes[0].toUpperCase());
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/two-factor\?recoveryUsed=1$/);
  await expect(page.getByText("You signed in with a recovery code, which cannot be used again.")).toBeVisible();
  await expect(page.getByTestId("recovery-codes-left")).toHaveText("You have 9 recovery codes left.");
  await page.getByRole("link", { name: "Back to the registry" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await signOut(page);

  // The same recovery code once more: refused.
  await signInWithForm(page, email, password, { code: recoveryCodes[0] });
  await expect(page.getByTestId("login-error")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("an administrator resets the two-factor sign-in of a person who lost the phone", async ({ browser }) => {
  test.slow();
  const { email, temporaryPassword } = await createAccount(browser);
  const password = "a passphrase without a phone";
  const { page: officer, twoFactor } = await signInFirstTime(browser, email, temporaryPassword, password);

  const admin = await browser.newPage();
  await signIn(admin, "admin@registry.test");
  await admin.goto("/admin/users");
  await expect(admin.getByRole("row", { name: email }).getByRole("cell").last()).toHaveText("on");
  await admin.getByRole("row", { name: email }).getByRole("link").click();
  await admin.getByRole("button", { name: "Reset two-factor sign-in" }).click();
  await answerConfirmation(admin);
  await expect(admin.getByText("Two-factor sign-in was reset.")).toBeVisible();
  await admin.goto("/admin/users");
  await expect(admin.getByRole("row", { name: email }).getByRole("cell").last()).toHaveText("not set up");

  // The officer's session ended; the password alone now leads to a new set-up with a new key.
  await officer.reload();
  await expect(officer).toHaveURL(/\/login/);
  await signInWithForm(officer, email, password);
  await expect(officer).toHaveURL(/\/account\/two-factor$/);
  expect((await officer.getByTestId("totp-secret").textContent())!.replace(/\s/g, "")).not.toBe(twoFactor!.secret);
});

test("ministry staff may add two-factor sign-in from the header, and then need a code", async ({ browser }) => {
  test.slow();
  const { email, temporaryPassword } = await createAccount(browser, { role: "Ministry staff" });
  const password = "a ministry passphrase";
  const { page, twoFactor } = await signInFirstTime(browser, email, temporaryPassword, password);
  expect(twoFactor).toBeNull();
  await expect(page).toHaveURL((url) => url.pathname === "/");

  await page.getByRole("link", { name: "Two-factor sign-in" }).click();
  await expect(page.getByText("Besides your password, you can sign in with a one-time code")).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Code from the app").fill(await nextCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "Continue" }).click();
  await signOut(page);

  await signInWithForm(page, email, password);
  await expect(page.getByLabel("One-time code")).toBeVisible();
  await page.getByLabel("One-time code").fill(await nextCode(secret));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText("Ministry staff");
});
