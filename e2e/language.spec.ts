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

test("Khmer text is set in the self-hosted Noto Sans Khmer, which the app serves itself under its own security policy", async ({ page, baseURL }) => {
  const fonts: string[] = [];
  const refusals: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  await signIn(page, "officer.th@registry.test");
  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  const heading = page.getByRole("heading", { name: "ពលករ" });
  await expect(heading).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await page.evaluate(() => [...document.fonts].some((face) => face.family.replace(/["']/g, "") === "Noto Sans Khmer" && face.status === "loaded" && face.unicodeRange.includes("U+1780-17FF")))).toBe(true);
  expect(await heading.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"?Noto Sans Khmer/);
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of fonts) expect(url.startsWith(`${new URL(baseURL!).origin}/_next/static/media/`)).toBe(true);
  expect(refusals).toEqual([]);
});

test("Khmer digits, once chosen, write the dates of every Khmer page; English pages keep Latin digits", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.goto("/workers");
  await page.getByRole("link", { name: /^TH\d{2}-\d{7}$/ }).first().click();
  const registeredOn = page.locator("dd").filter({ hasText: /\d{4}/ }).last();
  await expect(page.getByRole("button", { name: "លេខខ្មែរ" })).toHaveCount(0);
  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  await expect(registeredOn).toHaveText(/\d{4}/);
  await page.getByRole("button", { name: "លេខខ្មែរ" }).click();
  await expect(page.getByRole("button", { name: "លេខខ្មែរ" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("dl")).toContainText(/[០-៩]{4}/);
  await expect(page.locator("dl")).not.toContainText(/\b(19|20)\d{2}\b/);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("dl")).toContainText(/\b(19|20)\d{2}\b/);
  await expect(page.locator("dl")).not.toContainText(/[០-៩]/);
});
