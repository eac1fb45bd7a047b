import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the Khmer switch shows Khmer text and remembers the choice", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "km");
  await expect(page.getByRole("heading", { name: "ទំព័រដើម", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "ចុះឈ្មោះពលករ" }).first()).toBeVisible();

  await page.goto("/workers/new");
  await expect(page.getByLabel("ឈ្មោះពេញ (ឡាតាំង)")).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Full name (Latin)")).toBeVisible();
});

test("the sign-in page can be read in Khmer before signing in", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  await expect(page.getByRole("button", { name: "ចូល", exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText("ការចូលប្រើរបស់បុគ្គលិក")).toBeVisible();
});
