import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { parseCsv } from "../lib/csv-records";
import { csvFile, importRow } from "../lib/test/import-files";
import { apiAs, expectError, signIn, uniquePassport } from "./helpers";

/** A Bangkok file with the cases: a DD/MM/YYYY date, a passport twice, another post's country, a day that does not exist. */
function bangkokFile() {
  const [a, b] = [uniquePassport(), uniquePassport()];
  return csvFile([
    /* line 2 */ importRow(a, { full_name_km: "សុខ ដារ៉ា" }),
    /* line 3 */ importRow(b, { date_of_birth: "15/03/1994" }),
    /* line 4 */ importRow(a),
    /* line 5 */ importRow(uniquePassport(), { destination_country: "KR", scheme: "EPS" }),
    /* line 6 */ importRow(uniquePassport(), { date_of_birth: "31/02/1990" }),
  ]);
}

async function finished(api: APIRequestContext, id: string) {
  let job;
  await expect
    .poll(async () => {
      job = await (await api.get(`/api/v1/imports/${id}`)).json();
      return job.status;
    }, { timeout: 30_000 })
    .toMatch(/SUCCEEDED|FAILED/);
  return job!;
}

test("an officer uploads a file, watches the dry run finish, downloads the rejected rows, then imports", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Imports" }).click();
  await expect(page.getByRole("heading", { name: "Imports", level: 1 })).toBeVisible();

  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: "bangkok register.csv", mimeType: "text/csv", buffer: bangkokFile() });
  await expect(page.getByLabel("Dry run: check every row and change nothing")).toBeChecked();
  await page.getByRole("button", { name: "Upload" }).click();

  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Dry run of bangkok register.csv" })).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(page.getByTestId("import-status")).toHaveText("Finished");
  await expect(page.getByRole("status")).toContainText("Dry run finished: nothing was changed.");
  const counts = page.getByTestId("import-counts");
  await expect(counts).toContainText("Rows read5");
  await expect(counts).toContainText("Would be new workers2");
  await expect(counts).toContainText("Rows rejected3");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the rejected rows with their reasons (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("bangkok register-rejected.csv");
  const text = await readFile((await file.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(text);
  expect(header.slice(0, 4)).toEqual(["Line", "Reasons", "registration_no", "passport_no"]);
  expect(rows.map((row) => [row[0], row[1]])).toEqual([
    ["4", "Passport number: already on line 2 of the file."],
    ["5", "Destination: not covered by this post."],
    ["6", "Date of birth: this day does not exist."],
  ]);
  expect(rows[2][header.indexOf("date_of_birth")]).toBe("31/02/1990");

  // In Khmer for a reader of Khmer: the page, and the reasons in the file.
  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "km");
  await expect(page.getByTestId("import-status")).toHaveText("បានបញ្ចប់");
  const khmerDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "ទាញយកជួរដែលត្រូវបានបដិសេធ ជាមួយមូលហេតុ (CSV)" }).click();
  const khmer = parseCsv(await readFile((await (await khmerDownload).path())!, "utf8"));
  expect(khmer[0].slice(0, 2)).toEqual(["បន្ទាត់", "មូលហេតុ"]);
  expect(khmer[3][1]).toBe("ថ្ងៃខែឆ្នាំកំណើត៖ ថ្ងៃនេះមិនមានទេ។");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Import these rows now" }).click();
  await expect(page.getByRole("heading", { name: "Import of bangkok register.csv" })).toBeVisible();
  await expect(page.getByTestId("import-status")).toHaveText("Finished", { timeout: 30_000 });
  await expect(page.getByTestId("import-counts")).toContainText("New workers2");
  await expect(page.getByTestId("rows-per-second")).toContainText("rows per second");

  await page.getByRole("link", { name: "All imports" }).click();
  await expect(page.getByTestId("import-list")).toContainText("bangkok register.csv");
  await expect(page.getByTestId("import-list")).toContainText("5 rows: 2 new, 0 updated, 3 rejected");
});

test("the upload says what is wrong with a file, and an officer with no import yet sees an empty list", async ({ page }) => {
  await signIn(page, "officer.my@registry.test");
  await page.goto("/imports");
  await expect(page.getByText("No imports yet.")).toBeVisible();

  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("Choose a file to upload.")).toBeVisible();

  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: "register.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("This is not a CSV or XLSX file.")).toBeVisible();

  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: "register.csv", mimeType: "text/csv", buffer: Buffer.from("passport_no,full_name\nN1234567,SOK DARA\n") });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The import stopped." })).toContainText(
    "Required columns are missing: sex, date_of_birth, province_of_origin, destination_country, sector, scheme.",
    { timeout: 30_000 },
  );
});

test("the template downloads with a Khmer and an English header row", async ({ page }) => {
  await signIn(page, "officer.th@registry.test");
  const response = await page.request.get("/imports/template/csv");
  expect(response.headers()["content-type"]).toContain("text/csv");
  const [khmer, english] = parseCsv(await response.text());
  expect(english).toEqual(expect.arrayContaining(["passport_no", "full_name", "date_of_birth", "destination_country"]));
  expect(khmer).toContain("លេខលិខិតឆ្លងដែន");
  expect((await page.request.get("/imports/template/xlsx")).headers()["content-type"]).toContain("spreadsheetml");
});

test("the API takes a multipart upload, reports the job and gives the rejected rows, to those who may see them", async ({ browser, request }) => {
  const officer = await apiAs(browser, "officer.th@registry.test");
  const created = await officer.post("/api/v1/imports", {
    multipart: { dryRun: "false", file: { name: "api.csv", mimeType: "text/csv", buffer: bangkokFile() } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const job = await created.json();
  expect(job).toMatchObject({ fileName: "api.csv", dryRun: false, status: expect.stringMatching(/QUEUED|RUNNING|SUCCEEDED/) });

  expect(await finished(officer, job.id)).toMatchObject({ status: "SUCCEEDED", rowsRead: 5, created: 2, updated: 0, rejected: 3, progress: 1 });
  const rejected = await officer.get(`/api/v1/imports/${job.id}/rejected.csv`);
  expect(rejected.headers()["content-type"]).toContain("text/csv");
  expect(rejected.headers()["cache-control"]).toBe("no-store");
  expect(parseCsv(await rejected.text()).map((row) => row[0])).toEqual(["Line", "4", "5", "6"]);
  expect((await (await officer.get("/api/v1/imports?limit=5")).json()).items.map((item: { id: string }) => item.id)).toContain(job.id);

  const seoul = await apiAs(browser, "officer.kr@registry.test");
  await expectError(await seoul.get(`/api/v1/imports/${job.id}`), 404, "NOT_FOUND");
  await expectError(await seoul.get(`/api/v1/imports/${job.id}/rejected.csv`), 404, "NOT_FOUND");
  const ministry = await apiAs(browser, "ministry@registry.test");
  await expectError(await ministry.post("/api/v1/imports", { multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: bangkokFile() } } }), 403, "FORBIDDEN");
  await expectError(await ministry.get("/api/v1/imports"), 403, "FORBIDDEN");
  await expectError(await request.get(`/api/v1/imports/${job.id}`), 401, "UNAUTHENTICATED");
  await expectError(await officer.post("/api/v1/imports", { data: { dryRun: true } }), 400, "BAD_REQUEST");
  const missing = await expectError(await officer.post("/api/v1/imports", { multipart: { dryRun: "true" } }), 422, "VALIDATION");
  expect(missing.fields.file).toEqual(["Choose a file to upload."]);
});

test("an administrator imports for a post they pick; a file past 10 MB arrives whole", async ({ browser }) => {
  const admin = await apiAs(browser, "admin@registry.test");
  expect((await admin.get("/api/v1/imports?limit=1")).status()).toBe(200);
  const noPost = await expectError(await admin.post("/api/v1/imports", { multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: bangkokFile() } } }), 422, "VALIDATION");
  expect(Object.keys(noPost.fields)).toEqual(["postId"]);

  // 70,000 rows, about 12 MB: more than a proxy would buffer. Every row must be read.
  const rows = Array.from({ length: 70_000 }, (_, i) => importRow(`E${String(90_000_000 + i)}`, { destination_country: "Japan", scheme: "TECHNICAL_INTERN" }));
  const big = csvFile(rows);
  expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
  const created = await admin.post("/api/v1/imports", { multipart: { dryRun: "true", postId: "all", file: { name: "national.csv", mimeType: "text/csv", buffer: big } } });
  expect(created.status(), await created.text()).toBe(201);
  const job = await finished(admin, (await created.json()).id);
  expect(job).toMatchObject({ status: "SUCCEEDED", dryRun: true, post: null, rowsRead: 70_000 });
  expect(job.created + job.unchanged + job.updated + job.rejected).toBe(70_000);
});
