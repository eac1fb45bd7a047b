import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { randomLatinWord, signIn, toasts, answerConfirmation } from "./helpers";

const HEADER = "source_id,source_title,published_on,as_of,country_iso2,country_name,workers,note";

function newSourceId(): string {
  return `e2e-${crypto.randomUUID().slice(0, 13)}`;
}

type Published = { sourceId: string; workers: number; gap: number };

/** Thailand's row of the reconciliation, from the API, as the page's session sees it. */
async function thailand(api: APIRequestContext): Promise<{ registered: number; published: Published[] }> {
  const response = await api.get("/api/v1/reports/destinations");
  expect(response.status()).toBe(200);
  const { rows } = await response.json();
  return rows.find((row: { country: string }) => row.country === "TH");
}

async function fillSource(page: Page, source: { id?: string; title: string; publishedOn: string; asOf: string }) {
  if (source.id) await page.getByLabel("Source id").fill(source.id);
  await page.getByLabel(/^Title/).fill(source.title);
  await page.getByLabel("Published on").fill(source.publishedOn);
  await page.getByLabel("Figures as of").fill(source.asOf);
}

test("ministry staff add a source with a figure for Thailand, and the reports compare the register with it", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  const id = newSourceId();
  const title = `Labour migration brief ${id}`;
  await page.goto("/reports/published");
  await page.getByRole("link", { name: "Add a published source" }).click();

  // A mistake first: the form says what is wrong and keeps what was typed.
  await fillSource(page, { id, title, publishedOn: "2024-06-01", asOf: "2024-07-01" });
  await page.getByLabel("Thailand", { exact: true }).fill("1234567");
  await page.getByLabel("Note on the figure for Thailand").fill("rounded");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The figures cannot describe a day after the publication date.");
  await expect(page.getByLabel("Thailand", { exact: true })).toHaveValue("1234567");
  await expect(page.getByLabel(/^Title/)).toHaveValue(title);

  await page.getByLabel("Figures as of").fill("2023-12-31");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page).toHaveURL(`/reports/published?saved=${id}`);
  await expect(toasts(page)).toContainText(`The source ${id} is saved.`);
  const card = page.getByRole("article", { name: title });
  await expect(card.getByRole("row", { name: /Thailand/ })).toContainText("1,234,567");
  await expect(card.getByRole("row", { name: /Thailand/ })).toContainText("rounded");

  const row = await thailand(page.request);
  expect(row.published).toContainEqual(expect.objectContaining({ sourceId: id, workers: 1234567, gap: row.registered - 1234567 }));

  // Retired, it leaves the reports but stays listed, marked; restored, it is back.
  await card.getByRole("button", { name: "Retire", exact: true }).click();
  await answerConfirmation(page);
  await expect(card.getByTestId("retired")).toContainText("Retired on");
  expect((await thailand(page.request)).published.map((p) => p.sourceId)).not.toContain(id);
  await card.getByRole("button", { name: "Restore", exact: true }).click();
  await answerConfirmation(page, "cancel");
  await expect(card.getByTestId("retired")).toBeVisible();
  await card.getByRole("button", { name: "Restore", exact: true }).click();
  await answerConfirmation(page);
  await expect(card.getByTestId("retired")).toHaveCount(0);
  expect((await thailand(page.request)).published.map((p) => p.sourceId)).toContain(id);
});

test("an analyst types counts as the ministry prints them, and the source id is proposed from the title, in English and Khmer", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  const word = randomLatinWord(10).toLowerCase();
  await page.goto("/reports/published/new");
  await page.getByLabel(/^Title/).fill(`${word} labour migration brief`);
  await page.getByLabel("Published on").fill("2025-02-01");
  await expect(page.getByLabel("Source id")).toHaveValue(`${word}-labour-migration-brief-2025`);
  await page.getByLabel("Figures as of").fill("2024-12-31");
  await page.getByLabel("Thailand", { exact: true }).fill("1,250,000");
  await page.getByLabel("South Korea", { exact: true }).fill("24 100");
  await page.getByLabel("Malaysia", { exact: true }).fill("១២ ៣៤៥");
  await page.getByRole("button", { name: "Save source" }).click();
  const id = `${word}-labour-migration-brief-2025`;
  await expect(page).toHaveURL(`/reports/published?saved=${id}`);
  const card = page.getByRole("article", { name: `${word} labour migration brief` });
  await expect(card.getByRole("row", { name: /Thailand/ })).toContainText("1,250,000");
  await expect(card.getByRole("row", { name: /South Korea/ })).toContainText("24,100");
  await expect(card.getByRole("row", { name: /Malaysia/ })).toContainText("12,345");

  // A typed id is the analyst's own: a new title no longer replaces it. In Khmer, the same.
  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  // The language is a cookie the click's action sets: navigate only once the page says it is Khmer.
  await expect(page.locator("html")).toHaveAttribute("lang", "km");
  await page.goto("/reports/published/new");
  await page.getByLabel("លេខសម្គាល់ប្រភព").fill("my-own-id");
  await page.getByLabel(/^ចំណងជើង/).fill(`${word} second brief`);
  await expect(page.getByLabel("លេខសម្គាល់ប្រភព")).toHaveValue("my-own-id");
  await page.getByLabel("លេខសម្គាល់ប្រភព").fill("");
  await page.getByLabel(/^ចំណងជើង/).fill(`${word} labour migration brief`);
  await page.getByLabel("កាលបរិច្ឆេទបោះពុម្ពផ្សាយ").fill("2025-02-01");
  // Taken already: the proposal is numbered.
  await expect(page.getByLabel("លេខសម្គាល់ប្រភព")).toHaveValue(`${id}-2`);
});

test("a correction saved from an old page is refused with what changed, and what was typed is kept", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, "ministry@registry.test");
  await signIn(second, "ministry@registry.test");
  const id = newSourceId();
  await first.goto("/reports/published/new");
  await fillSource(first, { id, title: `Embassy statement ${id}`, publishedOn: "2024-03-01", asOf: "2024-03-01" });
  await first.getByLabel("South Korea", { exact: true }).fill("45000");
  await first.getByRole("button", { name: "Save source" }).click();
  await expect(first).toHaveURL(`/reports/published?saved=${id}`);

  await first.goto(`/reports/published/${id}`);
  await second.goto(`/reports/published/${id}`);
  await first.getByLabel("South Korea", { exact: true }).fill("46000");
  await first.getByRole("button", { name: "Save source" }).click();
  await expect(first).toHaveURL(`/reports/published?saved=${id}`);

  await second.getByLabel("South Korea", { exact: true }).fill("47000");
  await second.getByRole("button", { name: "Save source" }).click();
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("Someone else changed this record in the meantime.");
  await expect(conflict.getByRole("row", { name: /South Korea/ })).toContainText("46000");
  await expect(conflict.getByRole("row", { name: /South Korea/ })).toContainText("47000");
  await expect(second.getByLabel("South Korea", { exact: true })).toHaveValue("47000");

  // Having seen the conflict, saving again is a deliberate choice and goes through.
  await second.getByRole("button", { name: "Save source" }).click();
  await expect(second).toHaveURL(`/reports/published?saved=${id}`);
  const source = await (await second.request.get(`/api/v1/published-figures/${id}`)).json();
  expect(source).toMatchObject({ version: 3, figures: [{ countryCode: "KR", workers: 47000 }] });
});

test("a CSV dry run lists each bad row's line and reason and saves nothing; a good file then imports", async ({ page }) => {
  await signIn(page, "ministry@registry.test");
  const id = newSourceId();
  await page.goto("/reports/published");
  await page.getByRole("link", { name: "Import from CSV" }).click();

  const bad = [HEADER, `${id},Bad file,2024-02-01,2023-12-31,TH,Thailand,1000,`, `${id},Bad file,2024-02-01,2023-12-31,KR,South Korea,lots,`].join("\n");
  await page.getByLabel("Or paste the CSV text").fill(bad);
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByTestId("import-result")).toContainText("1 problem: nothing was saved.");
  const problems = page.getByTestId("import-problems");
  await expect(problems.getByRole("row")).toHaveCount(2);
  await expect(problems.getByRole("row").nth(1)).toHaveText(/^3\s*workers must be a whole number, 0 or more/);
  await expect(page.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Or paste the CSV text")).toHaveValue(bad);
  expect((await page.request.get(`/api/v1/published-figures/${id}`)).status()).toBe(404);

  const title = `Good file ${id}`;
  const good = [HEADER, `${id},${title},2024-02-01,2023-12-31,TH,Thailand,"1,000",`, `${id},${title},2024-02-01,2023-12-31,KR,South Korea,2000,approximate`].join("\r\n");
  await page.getByLabel("Or paste the CSV text").fill("");
  await page.getByLabel("CSV file").setInputFiles({ name: "published.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${good}`) });
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByRole("status")).toContainText("Dry run: nothing was saved. The file has no problems.");
  await expect(page.getByRole("status")).toContainText(`Would add: ${id}`);
  expect((await page.request.get(`/api/v1/published-figures/${id}`)).status()).toBe(404);

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Imported.");
  await expect(page.getByRole("status")).toContainText(`Added: ${id}`);
  const source = await (await page.request.get(`/api/v1/published-figures/${id}`)).json();
  expect(source).toMatchObject({
    title,
    figures: [
      { countryCode: "KR", workers: 2000, note: "approximate" },
      { countryCode: "TH", workers: 1000, note: null },
    ],
  });
  await page.getByRole("link", { name: "Back to the published figures" }).click();
  await expect(page.getByRole("article", { name: title })).toBeVisible();
});

test("officers read the published figures but cannot change them; administrators cannot open them", async ({ browser }) => {
  const officer = await browser.newPage();
  await signIn(officer, "officer.th@registry.test");
  await officer.goto("/reports/published");
  const ministryReport = officer.getByRole("article", { name: /Ministry of Labour and Vocational Training report/ });
  await expect(ministryReport.getByRole("row", { name: /Thailand/ })).toContainText("1,220,197");
  await expect(officer.getByRole("link", { name: "Add a published source" })).toHaveCount(0);
  await expect(officer.getByRole("link", { name: "Import from CSV" })).toHaveCount(0);
  await expect(officer.getByRole("link", { name: "Correct" })).toHaveCount(0);
  await expect(officer.getByRole("button", { name: /Retire|Restore/ })).toHaveCount(0);
  for (const path of ["/reports/published/new", "/reports/published/import", "/reports/published/molvt-2021"]) {
    const response = await officer.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(officer.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
  await officer.goto("/reports/quotas");
  await expect(officer.getByTestId("quotas")).toBeVisible();
  await expect(officer.getByRole("button", { name: "Save" })).toHaveCount(0);

  const admin = await browser.newPage();
  await signIn(admin, "admin@registry.test");
  expect((await admin.goto("/reports/published"))?.status()).toBe(403);
  expect((await admin.goto("/reports/quotas"))?.status()).toBe(403);
});

test("ministry staff set a quota and see how much of it the year's deployments use", async ({ browser }) => {
  // Last year: the demo register has deployments in it.
  const year = new Date().getUTCFullYear() - 1;
  const page = await browser.newPage();
  const stale = await browser.newPage();
  await signIn(page, "ministry@registry.test");
  await signIn(stale, "ministry@registry.test");
  await page.goto("/reports/quotas");
  await page.getByLabel("Year").fill(String(year));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(`/reports/quotas?year=${year}`);
  await expect(page.getByRole("heading", { name: `Quotas for ${year}` })).toBeVisible();
  await stale.goto(`/reports/quotas?year=${year}`);

  const korea = page.getByRole("row", { name: /^South Korea/ });
  const deployed = Number((await korea.getByRole("cell").nth(1).textContent())!.replace(/,/g, ""));
  expect(deployed).toBeGreaterThan(0);
  const quota = 1000 + Math.floor(Math.random() * 9000);
  await page.getByLabel("Quota for South Korea").fill(String(quota));
  await korea.getByLabel("Note").fill("EPS quota");
  await korea.getByRole("button", { name: "Save" }).click();
  await expect(toasts(page)).toContainText("Quota saved.");
  await expect(korea.getByRole("cell").first()).toContainText(quota.toLocaleString("en"));
  const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(deployed / quota);
  await expect(page.getByTestId("utilisation-KR")).toHaveText(percent);

  // A page opened before that save carries the old version: its save is refused, with the number typed kept.
  await stale.getByLabel("Quota for South Korea").fill("8888");
  const staleKorea = stale.getByRole("row", { name: /^South Korea/ });
  await staleKorea.getByRole("button", { name: "Save" }).click();
  await expect(staleKorea.getByTestId("conflict")).toContainText(`Someone else set this quota to ${quota.toLocaleString("en")} in the meantime.`);
  await expect(stale.getByLabel("Quota for South Korea")).toHaveValue("8888");
  await staleKorea.getByRole("button", { name: "Save" }).click();
  await expect(toasts(stale)).toContainText("Quota saved.");
  await expect(stale.getByTestId("utilisation-KR")).toHaveText(new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(deployed / 8888));
});
