import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { parseCsv } from "../lib/csv-records";
import { apiAs, signIn, toasts } from "./helpers";

const MINISTRY_REPORT = "Ministry of Labour and Vocational Training report on Cambodian workers abroad";
const AMBASSADOR = "Statement of the Korean ambassador to Cambodia (approximate figure)";

const digitsOf = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

/** A downloaded workbook; copied into an ArrayBuffer of its own, which is what exceljs reads. */
async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(body).buffer);
  return workbook;
}

/** The number a link shows, and what the worker list it opens says it holds. */
async function followCount(page: Page, link: ReturnType<Page["getByRole"]>): Promise<{ shown: number; listed: number }> {
  const shown = digitsOf(await link.textContent());
  await link.click();
  await expect(page).toHaveURL(/\/workers\?/);
  return { shown, listed: digitsOf(await page.getByTestId("worker-count").textContent()) };
}

test("ministry staff see the registered workers beside every published figure", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registered and published workers by destination" })).toBeVisible();
  await expect(page.getByTestId("report-as-of")).toContainText(/As of \w+ \d+, \d{4}/);

  const thailand = page.getByTestId("destination-TH");
  await expect(thailand).toContainText("Thailand");
  await expect(thailand).toContainText(MINISTRY_REPORT);
  await expect(thailand).toContainText("1,220,197");
  await expect(thailand).toContainText("Dec 31, 2021");
  const registered = digitsOf(await page.getByTestId("registered-TH").textContent());
  expect(registered).toBeGreaterThan(0);
  await expect(thailand).toContainText((registered - 1_220_197).toLocaleString("en", { signDisplay: "exceptZero" }));
  await expect(thailand).toContainText((registered / 1_220_197).toLocaleString("en", { style: "percent", maximumSignificantDigits: 3 }));

  const korea = page.getByTestId("destination-KR");
  // Other tests add published sources to the same database: look for the seeded two, not a count.
  // The ministry's own figure heads Korea and is named as the reference; the ambassador's newer "about 45,000" is a comparison.
  await expect(page.getByTestId("reference-KR")).toContainText(MINISTRY_REPORT);
  await expect(page.getByTestId("reference-KR")).toContainText("45,866");
  await expect(page.getByTestId("reference-KR")).toContainText("Reference · the ministry's newest official source");
  await expect(korea.getByRole("row").filter({ hasText: AMBASSADOR })).toContainText("45,000");
  await expect(korea.getByRole("row").filter({ hasText: AMBASSADOR })).toContainText("Comparison");

  // All destinations against their reference figures, then a source's own total only if it covers several, naming them.
  const total = page.getByTestId("reconciliation-total");
  await expect(page.getByTestId("total-reference")).toContainText("Destinations with a reference figure (7 of 7)");
  await expect(page.getByTestId("total-reference")).toContainText("1,301,609");
  await expect(page.getByTestId("total-molvt-2021")).toContainText("Total of this source, for Hong Kong, Japan, Malaysia, Saudi Arabia, Singapore, South Korea, Thailand");
  await expect(page.getByTestId("total-molvt-2021")).toContainText("1,301,609");
  await expect(total.getByRole("row").filter({ hasText: AMBASSADOR })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Published figures" })).toHaveAttribute("href", "/reports/published");
});

test("an officer's report covers their own post's destinations only", async ({ page }) => {
  await signIn(page, "officer.kr@registry.test");
  await page.goto("/reports");
  await expect(page.getByTestId("destination-KR")).toContainText("South Korea");
  await expect(page.locator('[data-testid^="destination-"]')).toHaveCount(1);
  await expect(page.getByTestId("reconciliation")).not.toContainText("Thailand");
  await expect(page.getByRole("link", { name: "Published figures" })).toHaveCount(0);

  await page.goto("/reports/breakdown?by=status&country=TH");
  await expect(page.getByText("No registered worker matches these choices.")).toBeVisible();
  const response = await page.request.get("/reports/export/destinations/csv");
  const rows = parseCsv(await response.text());
  expect(rows.some((row) => row[1] === "TH")).toBe(false);
  expect(rows.some((row) => row[1] === "KR")).toBe(true);
});

test("a registered count opens the list of exactly those workers", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  // Other tests deploy workers meanwhile: count and list are compared again if one moved between them.
  await expect(async () => {
    await page.goto("/reports");
    const { shown, listed } = await followCount(page, page.getByTestId("registered-TH").getByRole("link"));
    expect(page.url()).toMatch(/\/workers\?country=TH&status=DEPLOYED$/);
    expect(listed).toBe(shown);
  }).toPass({ timeout: 30_000 });

  await expect(async () => {
    await page.goto("/reports");
    const { shown, listed } = await followCount(page, page.getByTestId("total-molvt-2021").getByRole("link"));
    expect(listed).toBe(shown);
  }).toPass({ timeout: 30_000 });
});

test("the breakdown by sector for Thailand adds up to Thailand's workers", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  await page.goto("/reports/breakdown");
  await page.getByLabel("Break down by").selectOption({ label: "Sector" });
  await page.getByLabel("Destination", { exact: true }).selectOption({ label: "Thailand" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/reports\/breakdown\?by=sector&country=TH&status=$/);

  const table = page.getByTestId("breakdown-table");
  await expect(table.locator("caption")).toHaveText("Registered workers by Sector: Thailand, All statuses");
  await expect(table.getByRole("columnheader", { name: "Sector" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Construction" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Registered workers by Sector: Thailand, All statuses" })).toBeVisible();
  const counts = (await table.locator("tbody td:nth-child(2)").allTextContents()).map(digitsOf);
  const total = digitsOf(await page.getByTestId("breakdown-total").textContent());
  expect(counts.length).toBeGreaterThan(1);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(total);

  // All statuses: the total is every worker held for Thailand; one category opens its own workers.
  await expect(async () => {
    await page.goto("/reports/breakdown?by=sector&country=TH");
    const { shown, listed } = await followCount(page, page.getByTestId("breakdown-total").getByRole("link"));
    expect(page.url()).toMatch(/\/workers\?country=TH$/);
    expect(listed).toBe(shown);
  }).toPass({ timeout: 30_000 });
  await expect(async () => {
    await page.goto("/reports/breakdown?by=sector&country=TH");
    const { shown, listed } = await followCount(page, page.getByTestId("breakdown-table").getByRole("row", { name: /Construction/ }).getByRole("link"));
    expect(page.url()).toMatch(/\/workers\?country=TH&sector=CONSTRUCTION$/);
    expect(listed).toBe(shown);
  }).toPass({ timeout: 30_000 });

  // Deployed only: the total is Thailand's registered count in the reconciliation table.
  await expect(async () => {
    await page.goto("/reports");
    const registered = digitsOf(await page.getByTestId("registered-TH").textContent());
    await page.goto("/reports/breakdown?by=province&country=TH&status=DEPLOYED");
    expect(digitsOf(await page.getByTestId("breakdown-total").textContent())).toBe(registered);
  }).toPass({ timeout: 30_000 });
});

test("the monthly series lists every month of the range, and deployments open their workers", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  const year = new Date().getUTCFullYear() - 1;
  await page.goto(`/reports/monthly?country=TH&from=${year}-01&to=${year}-06`);
  const table = page.getByTestId("monthly-table");
  await expect(table.locator("tbody tr")).toHaveCount(6);
  await expect(table.getByRole("rowheader").first()).toHaveText(`Jan ${year}`);
  await expect(table.getByRole("rowheader").nth(5)).toHaveText(`Jun ${year}`);
  await expect(page.getByLabel("From (month)")).toHaveValue(`${year}-01`);

  await expect(async () => {
    await page.goto(`/reports/monthly?country=TH&from=${year}-01&to=${year}-12`);
    const { shown, listed } = await followCount(page, page.getByTestId("monthly-table").locator("tfoot").getByRole("link"));
    expect(page.url()).toContain(`deployedFrom=${year}-01-01&deployedTo=${year}-12-31`);
    expect(listed).toBe(shown);
  }).toPass({ timeout: 30_000 });

  await page.goto("/reports/monthly?from=2025-13");
  await expect(page.getByRole("alert").filter({ hasText: "Some choices are not valid. Check them and show the report again." })).toBeVisible();
  expect((await page.request.get("/reports/export/monthly/csv?from=2025-13")).status()).toBe(422);
});

test("each report downloads as CSV and XLSX with its rows and its sources", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  await page.goto("/reports");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csvFile = await download;
  expect(csvFile.suggestedFilename()).toMatch(/^destinations-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await csvFile.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const rows = parseCsv(csv);
  expect(rows[0]).toEqual(["Destination", "Country code", "Registered (deployed)", "Role", "Source id", "Source", "Figures as of", "Published", "Gap", "Coverage (%)"]);
  expect(rows).toContainEqual(expect.arrayContaining(["Thailand", "TH", "Reference: the ministry's newest official source", "molvt-2021", MINISTRY_REPORT, "2021-12-31", "1220197"]));
  expect(rows).toContainEqual(expect.arrayContaining(["South Korea", "KR", "Comparison", "kr-embassy-2022-03", "45000"]));
  expect(rows).toContainEqual(expect.arrayContaining(["Destinations with a reference figure (7 of 7), against the sum of those figures", "Reference", "molvt-2021", "1301609"]));
  expect(rows).toContainEqual(
    expect.arrayContaining(["Total of this source, for Hong Kong, Japan, Malaysia, Saudi Arabia, Singapore, South Korea, Thailand", "Comparison", "molvt-2021", "1301609"]),
  );
  // No "total" of the ambassador's one figure.
  expect(rows.filter((row) => row[0].startsWith("Total of this source") && row.includes("kr-embassy-2022-03"))).toEqual([]);
  const sources = rows.findIndex((row) => row[0] === "Sources");
  expect(rows[sources + 1]).toEqual(["Source id", "Source", "Published on", "Figures as of", "Country code", "Destination", "Published"]);
  expect(rows.slice(sources)).toContainEqual(["kr-embassy-2022-03", AMBASSADOR, "2022-03-23", "2022-03-23", "KR", "South Korea", "45000"]);
  expect(rows.slice(sources)).toContainEqual(["molvt-2021", MINISTRY_REPORT, "2022-03-28", "2021-12-31", "SA", "Saudi Arabia", "43"]);

  const response = await page.request.get("/reports/export/breakdown/xlsx?by=sex&country=TH");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-disposition"]).toMatch(/filename="breakdown-sex-TH-\d{4}-\d{2}-\d{2}\.xlsx"/);
  const workbook = await workbookOf(await response.body());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Sex", "Sources", "About"]);
  const values = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
  const bySex = values("Sex");
  expect(bySex[0]).toEqual(["Code", "Sex", "Workers", "Share"]);
  const male = bySex.find((row) => row[0] === "M")!;
  const female = bySex.find((row) => row[0] === "F")!;
  const total = bySex.find((row) => row[1] === "Total")!;
  expect(male[1]).toBe("Male");
  expect(Number(male[2]) + Number(female[2])).toBe(total[2]);
  expect(values("Sources")).toContainEqual(["molvt-2021", MINISTRY_REPORT, new Date("2022-03-28T00:00:00Z"), new Date("2021-12-31T00:00:00Z"), "TH", "Thailand", 1_220_197]);
  // The sources of a Thailand breakdown are Thailand's figures only.
  expect(values("Sources").slice(1).every((row) => row[4] === "TH")).toBe(true);

  const monthly = await workbookOf(await (await page.request.get("/reports/export/monthly/xlsx?from=2025-01&to=2025-03")).body());
  const months = monthly.worksheets[0].getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
  expect(months.map((row) => row[0])).toEqual(["Month", "2025-01", "2025-02", "2025-03", "Total"]);
});

test("in Khmer the reports and their files speak Khmer, with Khmer digits on request", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  await page.goto("/reports");
  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "km");
  const thailand = page.getByTestId("destination-TH");
  await expect(thailand).toContainText("ថៃ");
  await expect(thailand).toContainText("1,220,197");

  await page.getByRole("button", { name: "លេខខ្មែរ" }).click();
  await expect(page.getByRole("button", { name: "លេខខ្មែរ" })).toHaveAttribute("aria-pressed", "true");
  await expect(thailand).toContainText(new Intl.NumberFormat("km", { numberingSystem: "khmr" }).format(1_220_197));

  const csv = parseCsv(await (await page.request.get("/reports/export/destinations/csv")).text());
  expect(csv[0][0]).toBe("ប្រទេសគោលដៅ");
  expect(csv).toContainEqual(expect.arrayContaining(["TH", "1220197"]));
  expect(csv.some((row) => row[0] === "ប្រភព")).toBe(true);

  await page.getByRole("button", { name: "លេខខ្មែរ" }).click();
  await expect(thailand).toContainText("1,220,197");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("administrators cannot open the reports or their files", async ({ page }) => {
  await signIn(page, "admin@registry.test");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" })).toHaveCount(0);
  for (const path of ["/reports", "/reports/breakdown", "/reports/monthly"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  for (const path of ["/reports/export/destinations/csv", "/reports/export/breakdown/xlsx?by=sector", "/reports/export/monthly/csv"]) {
    expect((await page.request.get(path)).status(), path).toBe(403);
  }
  expect((await page.request.get("/reports/export/people/csv")).status()).toBe(404);
});

test("ministry staff choose a destination's reference source; the report and the home page use it and name it, in English and Khmer", async ({ page, browser }) => {
  await signIn(page, "ministry@registry.test");
  const api = await apiAs(browser, "ministry@registry.test");
  // A source of its own for Japan, which no other test looks at: choosing it moves nothing else.
  const id = `ref-${crypto.randomUUID().slice(0, 8)}`;
  const title = `Japanese labour survey ${id}`;
  const created = await api.post("/api/v1/published-figures", { data: { id, title, publishedOn: "2025-02-01", asOf: "2024-10-31", figures: [{ countryCode: "JP", workers: 12_000 }] } });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto("/reports");
  // Not official, so not the default: the ministry's report stays Japan's reference until someone chooses.
  await expect(page.getByTestId("reference-JP")).toContainText(MINISTRY_REPORT);
  const choice = page.getByLabel("Reference source for Japan");
  await expect(choice.locator("option").first()).toHaveText(`The ministry's newest official source (${MINISTRY_REPORT})`);
  await choice.selectOption({ label: `${title} (12,000)` });
  await page.getByTestId("reference-forms").locator("form").filter({ has: choice }).getByRole("button", { name: "Save" }).click();
  await expect(toasts(page)).toContainText("Reference figure of Japan saved.");
  await expect(page.getByTestId("reference-JP")).toContainText(title);
  await expect(page.getByTestId("reference-JP")).toContainText("Reference · chosen by ministry staff");
  await expect(page.getByTestId(`comparison-JP-molvt-2021`)).toContainText("11,453");

  await page.goto("/");
  await expect(page.getByTestId("gap-JP")).toContainText(title);
  await expect(page.getByTestId("gap-JP")).toContainText("12,000");
  await expect(page.getByTestId("reference-total")).toContainText(title);
  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  await expect(page.getByTestId("gap-JP")).toContainText("ជ្រើសរើសដោយមន្ត្រីក្រសួង");
  await page.goto("/reports");
  await expect(page.getByTestId("reference-JP")).toContainText("តួលេខយោង");
  await expect(page.getByLabel("ប្រភពយោងសម្រាប់ ជប៉ុន")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();

  // Back to the default: the ministry's report again.
  await page.getByLabel("Reference source for Japan").selectOption({ index: 0 });
  await page.getByTestId("reference-forms").locator("form").filter({ has: page.getByLabel("Reference source for Japan") }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("reference-JP")).toContainText(MINISTRY_REPORT);
  expect((await api.post(`/api/v1/published-figures/${id}/retire`)).status()).toBe(200);
});
