import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { parseCsv } from "../lib/csv-records";
import km from "../messages/km.json" with { type: "json" };
import { signIn } from "./helpers";

/**
 * Up to yesterday: the demo's cases only, none of those the other tests record today, so that a
 * number read here is still the number when its list or its file is opened.
 */
const until = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const DELAYS = "RECRUITMENT_FEES_OR_DELAY";

/** A number as the page writes it (grouped, maybe with decimals): as a number. */
const numberIn = async (cell: Locator) => Number((await cell.innerText()).replace(/,/g, ""));

/** The cell of a line (data-key) under a column header, in one of the report's tables. */
function cell(page: Page, table: string, key: string, column: string): Locator {
  return page.getByTestId(table).locator(`tr[data-key="${key}"] td`).nth(columns[table].indexOf(column));
}
const columns: Record<string, string[]> = {
  "case-counts-table": ["cases", "open", "sensitive", "workers", "ackMedian", "ackP90", "resolveMedian", "resolveP90"],
  "case-money-table": ["claimed", "agreed", "received", "unconverted"],
};

test("the ministry reads the case report by kind of complaint; each number opens its cases, and the files hold the same numbers", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Cases" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Complaints and cases" })).toBeVisible();
  await page.getByLabel("Group by").selectOption({ label: "Kind of complaint" });
  await page.getByLabel("Received until (included)").fill(until);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/cases\\?by=category&destination=&from=&to=${until}$`));

  // As in the ILO's study: agencies' delays in sending workers come first.
  const counts = page.getByTestId("case-counts-table");
  await expect(counts.locator("tbody tr").first()).toHaveAttribute("data-key", DELAYS);
  await expect(counts.locator(`tr[data-key="${DELAYS}"] th`)).toHaveText("Recruitment fees or delay in departure");
  const delays = await numberIn(cell(page, "case-counts-table", DELAYS, "cases"));
  const open = await numberIn(cell(page, "case-counts-table", DELAYS, "open"));
  const received = await numberIn(cell(page, "case-money-table", DELAYS, "received"));
  const sensitiveTotal = await numberIn(cell(page, "case-counts-table", "total", "sensitive"));
  expect(delays).toBeGreaterThan(0);
  expect(sensitiveTotal).toBeGreaterThan(0);

  // The files, downloaded from the page, hold the numbers it shows.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csvFile = await download;
  expect(csvFile.suggestedFilename()).toMatch(new RegExp(`^cases-category-${until}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const rows = parseCsv(await readFile((await csvFile.path())!, "utf8"));
  expect(rows[0].slice(0, 4)).toEqual(["Code", "Kind of complaint", "Cases", "Open"]);
  const line = rows.find((row) => row[0] === DELAYS)!;
  const at = (header: string) => Number(line[rows[0].indexOf(header)]);
  expect([at("Cases"), at("Open"), at("Received (USD)")]).toEqual([delays, open, received]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await (await page.request.get(`/reports/export/cases/xlsx?by=category&to=${until}`)).body()).buffer);
  const sheet = workbook.worksheets[0].getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
  expect(sheet.find((row) => row[0] === DELAYS)!.slice(2, 4)).toEqual([delays, open]);
  expect(sheet.find((row) => row[1] === "Total")![4]).toBe(sensitiveTotal);

  // A number opens the list of exactly the cases it counts.
  await cell(page, "case-counts-table", DELAYS, "cases").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/cases\\?receivedTo=${until}&category=${DELAYS}$`));
  await expect(page.getByTestId("case-count")).toHaveText(new RegExp(`^${delays} cases`));
  await page.goBack();
  // Sensitive cases are counted, never shown, to ministry staff without the permission.
  await cell(page, "case-counts-table", "total", "sensitive").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/cases\\?receivedTo=${until}&sensitive=on$`));
  await expect(page.getByTestId("case-count")).toContainText(`${sensitiveTotal} sensitive cases are counted but not shown to you.`);
  await expect(page.getByTestId("case-table")).toHaveCount(0);

  // The same report in Khmer, with the same numbers.
  await page.goto(`/reports/cases?by=category&to=${until}`);
  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "km");
  await expect(page.getByRole("heading", { level: 1, name: km.reports.cases.title })).toBeVisible();
  await expect(counts.locator(`tr[data-key="${DELAYS}"] th`)).toHaveText(km.enums.caseCategory[DELAYS]);
  expect(await numberIn(cell(page, "case-counts-table", DELAYS, "cases"))).toBe(delays);
  const khmerRows = parseCsv(await (await page.request.get(`/reports/export/cases/csv?by=category&to=${until}`)).text());
  expect(khmerRows[0][1]).toBe(km.reports.cases.dimension.category);
  expect(khmerRows.find((row) => row[0] === DELAYS)!.slice(1, 3)).toEqual([km.enums.caseCategory[DELAYS], String(delays)]);
});

test("the case report by agency ranks agencies, opens an agency's cases, and reads on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "supervisor@registry.test");
  await page.goto(`/reports/cases?by=agency&to=${until}`);
  const ranking = page.getByTestId("agency-ranking");
  await expect(ranking.locator("tbody tr")).not.toHaveCount(0);
  // The page itself never scrolls sideways: wide tables scroll inside their own frame.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const first = ranking.locator("tbody tr").first();
  const complaints = await numberIn(first.locator("td").first());
  await first.locator("td").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/cases\?receivedTo=[\d-]+&agency=[0-9a-f-]{36}$/);
  const agency = new URL(page.url()).searchParams.get("agency")!;
  // The supervisor may open sensitive cases too: the list shows every case counted.
  await expect(page.getByTestId("case-count")).toHaveText(new RegExp(`^${complaints} cases?$`));
  await page.goBack();
  // The agency's line in the report counts the same cases.
  expect(await numberIn(cell(page, "case-counts-table", agency, "cases"))).toBe(complaints);

  // Nothing matches a period before any case: the page says so.
  await page.goto("/reports/cases?to=2001-01-01");
  await expect(page.getByTestId("empty-state")).toHaveText("No case matches these choices.");
});
