import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { demoUsers } from "../prisma/demo-data";
import { DEMO_PASSWORD, nextCode, sessionFile, signInWithForm } from "./helpers";

/**
 * Each demo account signs in once for the whole run, through the real form and, for those with
 * two-factor sign-in, a code computed from its known secret; `signIn` in helpers.ts then reuses the
 * saved cookies. A code works once: this is the only place the demo accounts use one.
 */
for (const user of demoUsers) {
  setup(`${user.email} signs in once for the run`, async ({ page }) => {
    mkdirSync(path.dirname(sessionFile(user.email)), { recursive: true });
    await signInWithForm(page, user.email, DEMO_PASSWORD);
    if (user.totpSecret) {
      // A run started within a minute of the last may find its step taken: the next one is good.
      for (let attempt = 1; ; attempt++) {
        await page.getByLabel("One-time code").fill(await nextCode(user.totpSecret));
        const [answer] = await Promise.all([
          page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials")),
          page.getByRole("button", { name: "Sign in", exact: true }).click(),
        ]);
        if (answer.ok()) break;
        if (attempt === 3) {
          throw new Error(`${user.email} could not sign in with its demo code: was the database seeded with the NEXTAUTH_SECRET the server runs with?`);
        }
      }
    }
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    await page.context().storageState({ path: sessionFile(user.email) });
  });
}
