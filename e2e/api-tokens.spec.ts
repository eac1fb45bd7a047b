import { expect, request, test } from "@playwright/test";
import { signIn, answerConfirmation } from "./helpers";

test("an administrator issues an API token for the data warehouse, which reads the reports until revoked", async ({ page, baseURL }) => {
  await signIn(page, "admin@registry.test");
  await page.getByRole("link", { name: "API tokens" }).click();
  const name = `Warehouse ${crypto.randomUUID().slice(0, 6)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Role").selectOption({ label: "Ministry staff" });
  await page.getByRole("button", { name: "Issue token" }).click();
  const token = (await page.getByTestId("api-token").textContent())!.trim();
  expect(token).toMatch(/^wr_/);
  await expect(page.getByRole("row", { name })).toContainText(token.slice(0, 7));

  // A machine client: no cookie, only the bearer token.
  const client = await request.newContext({ baseURL });
  const bearer = { headers: { Authorization: `Bearer ${token}` } };
  const report = await client.get("/api/v1/reports/destinations", bearer);
  expect(report.status(), await report.text()).toBe(200);
  expect((await report.json()).rows.length).toBeGreaterThan(0);
  // It acts as ministry staff: reading yes, registering workers no.
  expect((await client.post("/api/v1/workers", { ...bearer, data: {} })).status()).toBe(403);
  expect((await client.get("/api/v1/reports/destinations", { headers: { Authorization: "Bearer wr_not-a-real-token" } })).status()).toBe(401);

  await page.getByRole("row", { name }).getByRole("button", { name: "Revoke" }).click();
  await answerConfirmation(page);
  await expect(page.getByRole("row", { name })).toContainText("Revoked");
  expect((await client.get("/api/v1/reports/destinations", bearer)).status()).toBe(401);
  await client.dispose();
});
