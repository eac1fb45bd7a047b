import { expect, test } from "@playwright/test";
import { answerConfirmation, createAccount, replaceTemporaryPassword, signIn, signInFirstTime, signInWithForm } from "./helpers";

// test.slow(): a new account goes through every form of its first sign-ins (and, for an officer, two-factor set-up).

test("a new officer must replace the temporary password, and weak ones are refused", async ({ browser }) => {
  test.slow();
  const { email, temporaryPassword } = await createAccount(browser);

  const officer = await browser.newPage();
  await signInWithForm(officer, email, temporaryPassword);
  await expect(officer).toHaveURL(/\/account\/password$/);
  // Nothing else opens with a temporary password, and the API refuses too.
  await officer.goto("/workers");
  await expect(officer).toHaveURL(/\/account\/password$/);
  expect((await officer.request.get("/api/v1/workers")).status()).toBe(403);

  await officer.getByLabel("Current password").fill(temporaryPassword);
  await officer.getByLabel(/^New password(?! again)/).fill("qwerty123456");
  await officer.getByLabel("New password again").fill("qwerty123456");
  await officer.getByRole("button", { name: "Change password" }).click();
  await expect(officer.getByTestId("error-summary")).toContainText("This password is on the list of the most common passwords.");
  await officer.getByLabel("Current password").fill(temporaryPassword);
  await officer.getByLabel(/^New password(?! again)/).fill("too short");
  await officer.getByLabel("New password again").fill("too short");
  await officer.getByRole("button", { name: "Change password" }).click();
  await expect(officer.getByTestId("error-summary")).toContainText("Use at least 12 characters.");

  const password = "mekong river at dawn";
  await replaceTemporaryPassword(officer, temporaryPassword, password);
  // Then, as an officer, two-factor sign-in before anything else (e2e/two-factor.spec.ts).
  await signInWithForm(officer, email, password);
  await expect(officer).toHaveURL(/\/account\/two-factor$/);
});

test("deactivating an account or changing its post ends its open session at once", async ({ browser }) => {
  test.slow();
  const admin = await browser.newPage();
  await signIn(admin, "admin@registry.test");
  for (const change of ["deactivate", "move to Seoul"] as const) {
    const { email, temporaryPassword } = await createAccount(browser);
    const { page: officer } = await signInFirstTime(browser, email, temporaryPassword, "a long enough passphrase");
    await officer.goto("/workers/new");
    await expect(officer.getByRole("heading", { name: "Register a worker" })).toBeVisible();

    await admin.goto("/admin/users");
    await admin.getByRole("row", { name: email }).getByRole("link").click();
    if (change === "deactivate") {
      await admin.getByRole("button", { name: "Deactivate" }).click();
      await answerConfirmation(admin);
      await expect(admin.getByText("The account is deactivated.")).toBeVisible();
    } else {
      await admin.getByLabel("Post").selectOption({ label: "Royal Embassy of Cambodia in Seoul" });
      await admin.getByRole("button", { name: "Save changes" }).click();
      await expect(admin.getByText("Saved. The person’s open sessions have ended.")).toBeVisible();
    }

    // The officer's next page and API call are refused: back to sign-in.
    expect((await officer.request.get("/api/v1/workers")).status()).toBe(401);
    await officer.reload();
    await expect(officer).toHaveURL(/\/login/);
  }
});

test("an administrator resets a password: the old one stops working and the new one must be replaced", async ({ browser }) => {
  test.slow();
  const admin = await browser.newPage();
  await signIn(admin, "admin@registry.test");
  const { email, temporaryPassword: first } = await createAccount(browser);
  const { page: officer, twoFactor } = await signInFirstTime(browser, email, first, "my first own passphrase");

  await admin.goto("/admin/users");
  await admin.getByRole("row", { name: email }).getByRole("link").click();
  await admin.getByRole("button", { name: "Reset password" }).click();
  await answerConfirmation(admin);
  const second = (await admin.getByTestId("temporary-password").textContent())!.trim();
  expect(second).not.toBe(first);

  await officer.reload();
  await expect(officer).toHaveURL(/\/login/);
  await signInWithForm(officer, email, "my first own passphrase");
  await expect(officer.getByTestId("login-error")).toBeVisible();
  // The new temporary password, with a code: two-factor sign-in stays as it was set up.
  await officer.goto("/login");
  await signInWithForm(officer, email, second, { secret: twoFactor!.secret });
  await expect(officer).toHaveURL(/\/account\/password$/);
});

test("officers and ministry staff cannot open account management", async ({ browser }) => {
  for (const email of ["officer.th@registry.test", "ministry@registry.test"]) {
    const page = await browser.newPage();
    await signIn(page, email);
    for (const path of ["/admin/users", "/admin/users/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(403);
    }
  }
});
