import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, answerConfirmation } from "./helpers";

const newEmail = () => `e2e-${crypto.randomUUID().slice(0, 8)}@registry.test`;

/** The administrator creates an officer of Bangkok; the temporary password is shown once. */
async function createOfficer(admin: Page, email: string): Promise<string> {
  await admin.goto("/admin/users/new");
  await admin.getByLabel("E-mail").fill(email);
  await admin.getByLabel("Name").fill("Sokha Chan");
  await admin.getByLabel("Role").selectOption({ label: "Embassy officer" });
  await admin.getByLabel("Post").selectOption({ label: "Royal Embassy of Cambodia in Bangkok" });
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByText(`The account ${email} was created.`)).toBeVisible();
  return (await admin.getByTestId("temporary-password").textContent())!.trim();
}

async function signInFirstTime(browser: Browser, email: string, temporaryPassword: string, password: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(temporaryPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("Current password").fill(temporaryPassword);
  await page.getByLabel(/^New password(?! again)/).fill(password);
  await page.getByLabel("New password again").fill(password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
  await signIn(page, email, password);
  return page;
}

test("a new officer must replace the temporary password, and weak ones are refused", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, "admin@registry.test");
  const email = newEmail();
  const temporaryPassword = await createOfficer(admin, email);

  const officer = await browser.newPage();
  await officer.goto("/login");
  await officer.getByLabel("E-mail").fill(email);
  await officer.getByLabel("Password").fill(temporaryPassword);
  await officer.getByRole("button", { name: "Sign in" }).click();
  await expect(officer).toHaveURL(/\/account\/password$/);
  // Nothing else opens with a temporary password, and the API refuses too.
  await officer.goto("/workers");
  await expect(officer).toHaveURL(/\/account\/password$/);
  expect((await officer.request.get("/api/v1/workers")).status()).toBe(403);

  await officer.getByLabel("Current password").fill(temporaryPassword);
  await officer.getByLabel(/^New password(?! again)/).fill("qwerty123456");
  await officer.getByLabel("New password again").fill("qwerty123456");
  await officer.getByRole("button", { name: "Change password" }).click();
  await expect(officer.getByText("This password is on the list of the most common passwords.")).toBeVisible();
  await officer.getByLabel("Current password").fill(temporaryPassword);
  await officer.getByLabel(/^New password(?! again)/).fill("too short");
  await officer.getByLabel("New password again").fill("too short");
  await officer.getByRole("button", { name: "Change password" }).click();
  await expect(officer.getByText("Use at least 12 characters.")).toBeVisible();

  const password = "mekong river at dawn";
  await officer.getByLabel("Current password").fill(temporaryPassword);
  await officer.getByLabel(/^New password(?! again)/).fill(password);
  await officer.getByLabel("New password again").fill(password);
  await officer.getByRole("button", { name: "Change password" }).click();
  await expect(officer.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
  await signIn(officer, email, password);
  await expect(officer).toHaveURL(/\/workers$/);
  await expect(officer.getByTestId("signed-in-as")).toContainText("Bangkok");
});

test("deactivating an account or changing its post ends its open session at once", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, "admin@registry.test");
  for (const change of ["deactivate", "move to Seoul"] as const) {
    const email = newEmail();
    const temporaryPassword = await createOfficer(admin, email);
    const officer = await signInFirstTime(browser, email, temporaryPassword, "a long enough passphrase");
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
  const admin = await browser.newPage();
  await signIn(admin, "admin@registry.test");
  const email = newEmail();
  const first = await createOfficer(admin, email);
  const officer = await signInFirstTime(browser, email, first, "my first own passphrase");

  await admin.goto("/admin/users");
  await admin.getByRole("row", { name: email }).getByRole("link").click();
  await admin.getByRole("button", { name: "Reset password" }).click();
  await answerConfirmation(admin);
  const second = (await admin.getByTestId("temporary-password").textContent())!.trim();
  expect(second).not.toBe(first);

  await officer.reload();
  await expect(officer).toHaveURL(/\/login/);
  await officer.getByLabel("E-mail").fill(email);
  await officer.getByLabel("Password").fill("my first own passphrase");
  await officer.getByRole("button", { name: "Sign in" }).click();
  await expect(officer.getByTestId("login-error")).toBeVisible();
  await signInFirstTime(browser, email, second, "my second own passphrase");
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
