import { expect, test } from "@playwright/test";
import { parseCsv } from "../lib/csv-records";
import { apiAs, fillWorker, newWorker, registerViaApi, signIn, uniquePassport, toasts } from "./helpers";

test("the Bangkok officer registers a worker whom the Seoul officer cannot see", async ({ browser }) => {
  const bangkok = await browser.newPage();
  await signIn(bangkok, "officer.th@registry.test");
  await bangkok.goto("/workers/new");
  const passport = uniquePassport();
  const name = `SOK DARA ${passport.slice(-4).replace(/\d/g, (d) => "ABCDEFGHIJ"[Number(d)])}`;
  // Typed with spaces and lower case: stored normalised.
  await fillWorker(bangkok, { name, passport: `${passport.slice(0, 4).toLowerCase()} ${passport.slice(4)}` });
  await bangkok.getByRole("button", { name: "Register worker" }).click();

  await expect(bangkok).toHaveURL(/\/workers\/[0-9a-f-]{36}\?done=created$/);
  await expect(toasts(bangkok)).toContainText("Registered");
  await expect(bangkok.getByRole("heading", { name })).toBeVisible();
  await expect(bangkok.getByText(`••••${passport.slice(-4)}`)).toBeVisible();
  const registrationNo = (await bangkok.getByTestId("registration-no").textContent())!.trim();
  expect(registrationNo).toMatch(/^TH\d{2}-\d{7}$/);
  const recordUrl = bangkok.url().replace("?done=created", "");

  await bangkok.goto("/workers");
  const row = bangkok.getByTestId("worker-table").getByRole("row", { name: new RegExp(registrationNo) });
  await expect(row).toContainText(name);
  await expect(row).toContainText(`••••${passport.slice(-4)}`);
  await expect(row).not.toContainText(passport);

  const seoul = await browser.newPage();
  await signIn(seoul, "officer.kr@registry.test");
  await seoul.goto("/workers");
  await expect(seoul.getByTestId("worker-table")).not.toContainText(registrationNo);
  const response = await seoul.goto(recordUrl);
  expect(response?.status()).toBe(404);
  await expect(seoul.getByText(name)).toHaveCount(0);
});

test("bad input is explained beside each field and what was typed is kept", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.goto("/workers/new");
  const nextYear = new Date().getUTCFullYear() + 1;
  await fillWorker(page, { name: "", nameKm: "សុខ ដារ៉ា", passport: "12AB", birth: `${nextYear}-01-01` });
  await page.getByLabel("Employer").fill("Siam Concrete Works");
  await page.getByRole("button", { name: "Register worker" }).click();

  await expect(page.getByTestId("error-summary")).toContainText("This field is required.");
  await expect(page.getByTestId("error-summary")).toContainText("A passport number is one or two letters and 6 to 8 digits");
  await expect(page.getByTestId("error-summary")).toContainText("The date of birth cannot be in the future.");
  await expect(page.getByLabel("Full name (Latin)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Employer")).toHaveValue("Siam Concrete Works");
  await expect(page.getByLabel("Passport no.")).toHaveValue("12AB");
  await expect(page.getByLabel("Sector")).toHaveValue("CONSTRUCTION");
  await expect(page.getByLabel("Name in Khmer")).toHaveValue("សុខ ដារ៉ា");
});

test("a passport that is already registered is refused beside the field", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.goto("/workers/new");
  // N1200000 belongs to the first demo worker.
  await fillWorker(page, { name: "CHAN SOPHAL", passport: "N1200000", birth: "1990-01-01" });
  await page.getByRole("button", { name: "Register worker" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("A worker with this passport number is already registered.");
  await expect(page.getByLabel("Full name (Latin)")).toHaveValue("CHAN SOPHAL");
});

test("a worker under 15 years old is refused", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.goto("/workers/new");
  const tenYearsAgo = `${new Date().getUTCFullYear() - 10}-06-01`;
  await fillWorker(page, { name: "KEO DANY", passport: uniquePassport(), birth: tenYearsAgo });
  await page.getByRole("button", { name: "Register worker" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The worker must be at least 15 years old.");
});

test("an officer can only choose the destinations their post covers", async ({ page }) => {
  await signIn(page, "officer.my@registry.test");
  await page.goto("/workers/new");
  const options = await page.getByLabel("Destination").locator("option").allTextContents();
  expect(options.filter((label) => label !== "Choose…")).toEqual(["Malaysia"]);
});

test("ministry staff read every post's workers but cannot register one", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  await page.goto("/workers");
  await expect(page.getByTestId("worker-table")).toBeVisible();
  await expect(page.getByRole("link", { name: "Register a worker" })).toHaveCount(0);
  const response = await page.goto("/workers/new");
  expect(response?.status()).toBe(403);
});

test("the worker CSV names what its codes stand for and dates in ISO; the post's officers may ask for passport numbers, audited", async ({ browser }) => {
  const bangkok = await browser.newPage();
  await signIn(bangkok, "officer.th@registry.test");
  const api = await apiAs(browser, "officer.th@registry.test");
  const input = newWorker({ destinationCountry: "TH", provinceCode: "KH-14" });
  const workerId = await registerViaApi(api, input);
  const { registrationNo } = await (await api.get(`/api/v1/workers/${workerId}`)).json();
  const passportNo = String(input.passportNo);

  await bangkok.goto(`/workers?q=${registrationNo}`);
  const plain = bangkok.getByRole("link", { name: "Download CSV", exact: true });
  const full = bangkok.getByRole("link", { name: "Download CSV with passport numbers" });
  await expect(full).toHaveAccessibleDescription("Full passport numbers, for the post's own use: each such download is recorded with your name.");
  const read = async (href: string | null) => parseCsv((await (await bangkok.request.get(href!)).text()).replace(/^\uFEFF/, ""));

  const [header, row] = await read(await plain.getAttribute("href"));
  expect(header).toEqual([
    "Registration no.", "Full name (Latin)", "Name in Khmer", "Sex", "Passport no. (partly hidden)", "Province code", "Province of origin",
    "Country code", "Destination", "Employer", "Sector", "Scheme", "Status", "Deployed on", "Contract ends", "Registered",
  ]);
  expect(row.slice(0, 1)).toEqual([registrationNo]);
  expect(row.slice(5, 9)).toEqual(["KH-14", "Prey Veng", "TH", "Thailand"]);
  expect(row[4]).not.toContain(passportNo.slice(0, 3));
  expect(row[15]).toBe(new Date().toISOString().slice(0, 10));

  const [fullHeader, fullRow] = await read(await full.getAttribute("href"));
  expect(fullHeader[4]).toBe("Passport no.");
  expect(fullRow[4]).toBe(passportNo);

  // Ministry staff get the national list, never the passports.
  const ministry = await browser.newPage();
  await signIn(ministry, "ministry@registry.test");
  await ministry.goto("/workers");
  await expect(ministry.getByRole("link", { name: "Download CSV with passport numbers" })).toHaveCount(0);
  expect((await ministry.request.get("/workers/export?passports=full")).status()).toBe(403);
});
