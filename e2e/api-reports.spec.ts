import { expect, test } from "@playwright/test";
import { apiAs, expectError } from "./helpers";

const HEADER = "source_id,source_title,published_on,as_of,country_iso2,country_name,workers,note";

function newSourceId(): string {
  return `api-${crypto.randomUUID().slice(0, 13)}`;
}

/** A source as ministry staff describe it, but its id (which a correction takes from the URL). */
function sourceFields(id: string) {
  return {
    title: `Survey of Cambodian workers ${id}`,
    publishedOn: "2024-05-01",
    asOf: "2024-03-31",
    figures: [
      { countryCode: "TH", workers: 1_150_000, note: "estimate" },
      { countryCode: "MY", workers: 24_000 },
    ],
  };
}

function newSource(id: string) {
  return { id, ...sourceFields(id) };
}

type Comparison = { sourceId: string; workers: number; gap: number; coverage: number | null };
type DestinationRow = { country: string; nameEn: string; registered: number; published: Comparison[] };

test("anonymous callers get 401 from every report, published-figure and quota endpoint", async ({ request }) => {
  for (const path of ["/reports/destinations", "/reports/breakdown?by=sector", "/reports/monthly", "/published-figures", "/published-figures/molvt-2021", "/quotas"]) {
    await expectError(await request.get(`/api/v1${path}`), 401, "UNAUTHENTICATED");
  }
  await expectError(await request.post("/api/v1/published-figures", { data: newSource(newSourceId()) }), 401, "UNAUTHENTICATED");
  await expectError(await request.post("/api/v1/published-figures/molvt-2021/retire"), 401, "UNAUTHENTICATED");
  await expectError(await request.post("/api/v1/published-figures/import", { data: { csv: HEADER, dryRun: true } }), 401, "UNAUTHENTICATED");
  await expectError(await request.put("/api/v1/quotas", { data: { countryCode: "KR", year: 2015, workers: 1 } }), 401, "UNAUTHENTICATED");
});

test("the destination report sets the registered count beside each published figure, with the gap and coverage", async ({ browser }) => {
  const ministry = await apiAs(browser, "ministry@registry.test");
  const response = await ministry.get("/api/v1/reports/destinations");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const report = await response.json();
  expect(report.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  const rows: DestinationRow[] = report.rows;
  expect(rows.map((row) => row.country).sort()).toEqual(["HK", "JP", "KR", "MY", "SA", "SG", "TH"]);
  const thailand = rows.find((row) => row.country === "TH")!;
  expect(thailand.nameEn).toBe("Thailand");
  expect(thailand.registered).toBeGreaterThan(0);
  expect(thailand.published).toContainEqual({
    sourceId: "molvt-2021",
    title: "Ministry of Labour and Vocational Training report on Cambodian workers abroad",
    publishedOn: "2022-03-28",
    asOf: "2021-12-31",
    official: true,
    workers: 1_220_197,
    gap: thailand.registered - 1_220_197,
    coverage: thailand.registered / 1_220_197,
  });
  // Korea's headline is the ministry's own figure, named, with the ambassador's newer one beside it.
  const korea = report.rows.find((row: { country: string }) => row.country === "KR");
  expect(korea.reference).toMatchObject({ sourceId: "molvt-2021", workers: 45_866, official: true, basis: "newestOfficial" });
  expect(korea.published).toContainEqual(expect.objectContaining({ sourceId: "kr-embassy-2022-03", workers: 45_000, official: false }));
  expect(report.total.registered).toBe(rows.reduce((sum, row) => sum + row.registered, 0));
  expect(report.total.published).toContainEqual(expect.objectContaining({ sourceId: "molvt-2021", workers: 1_301_609, countries: ["HK", "JP", "MY", "SA", "SG", "KR", "TH"] }));
  // A source of one destination has no total row of its own.
  expect(report.total.published.map((total: { sourceId: string }) => total.sourceId)).not.toContain("kr-embassy-2022-03");

  // An officer's report covers the destinations of their post only.
  const officer = await apiAs(browser, "officer.kr@registry.test");
  const own = await (await officer.get("/api/v1/reports/destinations")).json();
  expect(own.rows.map((row: DestinationRow) => row.country)).toEqual(["KR"]);

  const admin = await apiAs(browser, "admin@registry.test");
  await expectError(await admin.get("/api/v1/reports/destinations"), 403, "FORBIDDEN");
});

test("breakdowns and monthly series answer what they are asked, and refuse bad parameters with 400", async ({ browser }) => {
  const ministry = await apiAs(browser, "ministry@registry.test");
  // Two capital letters, as the document says: a lower-case code is refused, not guessed at.
  await expectError(await ministry.get("/api/v1/reports/breakdown?by=sector&country=th"), 400, "VALIDATION");
  const bySector = await ministry.get("/api/v1/reports/breakdown?by=sector&country=TH");
  expect(bySector.status(), await bySector.text()).toBe(200);
  const breakdown = await bySector.json();
  expect(breakdown).toMatchObject({ by: "sector", country: "TH", status: null });
  expect(breakdown.rows.length).toBeGreaterThan(0);
  expect(breakdown.total).toBe(breakdown.rows.reduce((sum: number, row: { workers: number }) => sum + row.workers, 0));
  const deployedBySex = await (await ministry.get("/api/v1/reports/breakdown?by=sex&status=DEPLOYED")).json();
  expect(deployedBySex).toMatchObject({ by: "sex", country: null, status: "DEPLOYED" });
  for (const row of deployedBySex.rows) expect(["M", "F", "X"]).toContain(row.key);

  const invalid = await expectError(await ministry.get("/api/v1/reports/breakdown?by=age"), 400, "VALIDATION");
  expect(invalid.fields.by).toEqual(["Choose one of the options."]);

  const monthly = await ministry.get("/api/v1/reports/monthly?country=KR&from=2024-11&to=2025-02");
  expect(monthly.status()).toBe(200);
  const series = await monthly.json();
  expect(series).toMatchObject({ country: "KR", from: "2024-11", to: "2025-02" });
  expect(series.months.map((m: { month: string }) => m.month)).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
  const reversed = await expectError(await ministry.get("/api/v1/reports/monthly?from=2025-05&to=2025-01"), 400, "VALIDATION");
  expect(reversed.fields.to).toEqual(["The end month cannot be before the start month."]);
  const badMonth = await expectError(await ministry.get("/api/v1/reports/monthly?from=2025-13"), 400, "VALIDATION");
  expect(badMonth.fields.from).toEqual(["Enter a month as YYYY-MM, for example 2024-03."]);
});

test("ministry staff record, correct, retire and restore a published source", async ({ browser }) => {
  const ministry = await apiAs(browser, "ministry@registry.test");
  const id = newSourceId();
  const created = await ministry.post("/api/v1/published-figures", { data: newSource(id) });
  expect(created.status(), await created.text()).toBe(201);
  expect(await created.json()).toMatchObject({
    id,
    publishedOn: "2024-05-01",
    asOf: "2024-03-31",
    note: null,
    retiredAt: null,
    version: 1,
    figures: [
      { countryCode: "MY", workers: 24_000, note: null },
      { countryCode: "TH", workers: 1_150_000, note: "estimate" },
    ],
  });
  const listed = await (await ministry.get("/api/v1/published-figures")).json();
  expect(listed.items.map((s: { id: string }) => s.id)).toContain(id);

  const taken = await expectError(await ministry.post("/api/v1/published-figures", { data: newSource(id) }), 422, "VALIDATION");
  expect(taken.fields.id).toEqual(["A source with this id is already recorded. Correct that one, or choose another id."]);

  const correction = { ...sourceFields(id), title: "Survey (revised)", figures: [{ countryCode: "TH", workers: 1_160_000 }], version: 1 };
  const corrected = await ministry.put(`/api/v1/published-figures/${id}`, { data: correction });
  expect(corrected.status(), await corrected.text()).toBe(200);
  expect(await corrected.json()).toMatchObject({ title: "Survey (revised)", version: 2, figures: [{ countryCode: "TH", workers: 1_160_000 }] });

  const conflict = await expectError(await ministry.put(`/api/v1/published-figures/${id}`, { data: { ...correction, title: "From an old page" } }), 409, "CONFLICT");
  expect(conflict.current).toMatchObject({ id, title: "Survey (revised)", version: 2, asOf: "2024-03-31" });
  const invalid = await expectError(await ministry.put(`/api/v1/published-figures/${id}`, { data: { ...correction, asOf: "2024-06-01", version: 2 } }), 422, "VALIDATION");
  expect(invalid.fields.asOf).toEqual(["The figures cannot describe a day after the publication date."]);
  const withoutVersion = await expectError(await ministry.put(`/api/v1/published-figures/${id}`, { data: { ...correction, version: undefined } }), 422, "VALIDATION");
  expect(withoutVersion.fields).toHaveProperty("version");
  await expectError(await ministry.put(`/api/v1/published-figures/${newSourceId()}`, { data: correction }), 404, "NOT_FOUND");
  await expectError(await ministry.get(`/api/v1/published-figures/${newSourceId()}`), 404, "NOT_FOUND");

  const inThailand = async () => {
    const { rows } = await (await ministry.get("/api/v1/reports/destinations")).json();
    return rows.find((row: DestinationRow) => row.country === "TH").published.map((p: Comparison) => p.sourceId);
  };
  expect(await inThailand()).toContain(id);
  const retired = await ministry.post(`/api/v1/published-figures/${id}/retire`);
  expect(retired.status()).toBe(200);
  expect((await retired.json()).retiredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(await inThailand()).not.toContain(id);
  const restored = await ministry.post(`/api/v1/published-figures/${id}/restore`);
  expect(await restored.json()).toMatchObject({ retiredAt: null, version: 4 });
  expect(await inThailand()).toContain(id);
  await expectError(await ministry.post(`/api/v1/published-figures/${newSourceId()}/retire`), 404, "NOT_FOUND");
});

test("officers read published figures but cannot change them; administrators cannot read them", async ({ browser }) => {
  const officer = await apiAs(browser, "officer.th@registry.test");
  const listed = await officer.get("/api/v1/published-figures");
  expect(listed.status()).toBe(200);
  expect((await listed.json()).items.map((s: { id: string }) => s.id)).toContain("molvt-2021");
  expect((await (await officer.get("/api/v1/published-figures/molvt-2021")).json()).figures).toContainEqual({ countryCode: "TH", workers: 1_220_197, note: null });

  const id = newSourceId();
  await expectError(await officer.post("/api/v1/published-figures", { data: newSource(id) }), 403, "FORBIDDEN");
  await expectError(await officer.put("/api/v1/published-figures/molvt-2021", { data: { ...sourceFields(id), version: 1 } }), 403, "FORBIDDEN");
  await expectError(await officer.post("/api/v1/published-figures/molvt-2021/retire"), 403, "FORBIDDEN");
  await expectError(await officer.post("/api/v1/published-figures/import", { data: { csv: `${HEADER}\n${id},T,2024-01-01,2023-12-31,TH,,1,`, dryRun: true } }), 403, "FORBIDDEN");
  await expectError(await officer.put("/api/v1/quotas", { data: { countryCode: "TH", year: 2015, workers: 10 } }), 403, "FORBIDDEN");
  await expectError(await officer.get(`/api/v1/published-figures/${id}`), 404, "NOT_FOUND");

  const admin = await apiAs(browser, "admin@registry.test");
  await expectError(await admin.get("/api/v1/published-figures"), 403, "FORBIDDEN");
  await expectError(await admin.get("/api/v1/quotas"), 403, "FORBIDDEN");
});

test("an import checks the file first and saves nothing while a row has a problem", async ({ browser }) => {
  const ministry = await apiAs(browser, "ministry@registry.test");
  const id = newSourceId();
  const rows = [`${id},Imported survey,2024-04-01,2023-12-31,TH,Thailand,900000,`, `${id},Imported survey,2024-04-01,2023-12-31,HK,Hong Kong,210,domestic workers`];

  const bad = await ministry.post("/api/v1/published-figures/import", { data: { csv: [HEADER, ...rows, `${id},Imported survey,2024-04-01,2023-12-31,TH,Thailand,1,`].join("\n"), dryRun: false } });
  expect(bad.status(), await bad.text()).toBe(200);
  expect(await bad.json()).toEqual({ created: [id], updated: [], dryRun: false, problems: [{ line: 4, message: "TH is given twice for this source." }] });
  await expectError(await ministry.get(`/api/v1/published-figures/${id}`), 404, "NOT_FOUND");

  const csv = [HEADER, ...rows].join("\n");
  expect(await (await ministry.post("/api/v1/published-figures/import", { data: { csv } })).json()).toEqual({ created: [id], updated: [], problems: [], dryRun: true });
  await expectError(await ministry.get(`/api/v1/published-figures/${id}`), 404, "NOT_FOUND");

  expect(await (await ministry.post("/api/v1/published-figures/import", { data: { csv, dryRun: false } })).json()).toEqual({ created: [id], updated: [], problems: [], dryRun: false });
  expect((await (await ministry.get(`/api/v1/published-figures/${id}`)).json()).figures).toHaveLength(2);
  expect(await (await ministry.post("/api/v1/published-figures/import", { data: { csv, dryRun: true } })).json()).toMatchObject({ created: [], updated: [id] });

  const invalid = await expectError(await ministry.post("/api/v1/published-figures/import", { data: { csv: 5 } }), 422, "VALIDATION");
  expect(invalid.fields).toHaveProperty("csv");
  await expectError(await ministry.post("/api/v1/published-figures/import", { headers: { "content-type": "text/csv" }, data: csv }), 400, "BAD_REQUEST");
});

test("ministry staff set a quota and read it back with the year's deployments and utilisation", async ({ browser }) => {
  // Japan in the year before last: the demo register has deployments then, and no other test sets it.
  const year = new Date().getUTCFullYear() - 2;
  const ministry = await apiAs(browser, "ministry@registry.test");
  const listed = await ministry.get(`/api/v1/quotas?year=${year}`);
  expect(listed.status(), await listed.text()).toBe(200);
  const before = await listed.json();
  expect(before.year).toBe(year);
  const japan = before.rows.find((row: { country: string }) => row.country === "JP");
  expect(japan).toMatchObject({ nameEn: "Japan", year, deployed: expect.any(Number) });

  const workers = 500 + Math.floor(Math.random() * 500);
  const saved = await ministry.put("/api/v1/quotas", { data: { countryCode: "JP", year, workers, note: "technical interns", version: japan.quota?.version } });
  expect(saved.status(), await saved.text()).toBe(200);
  const { id, version } = await saved.json();
  const after = (await (await ministry.get(`/api/v1/quotas?year=${year}`)).json()).rows.find((row: { country: string }) => row.country === "JP");
  expect(after).toMatchObject({ deployed: japan.deployed, quota: { id, countryCode: "JP", year, workers, note: "technical interns", version } });
  expect(after.utilisation).toBeCloseTo(japan.deployed / workers, 10);

  const stale = await expectError(await ministry.put("/api/v1/quotas", { data: { countryCode: "JP", year, workers: 1, version: version - 1 || undefined } }), 409, "CONFLICT");
  expect(stale.current).toMatchObject({ id, workers, version });
  const invalid = await expectError(await ministry.put("/api/v1/quotas", { data: { countryCode: "JP", year: 1999, workers: -1 } }), 422, "VALIDATION");
  expect(invalid.fields).toEqual({ year: ["Enter a year from 2000 to 2100."], workers: ["Enter a whole number, 0 or more."] });
  await expectError(await ministry.get("/api/v1/quotas?year=soon"), 400, "VALIDATION");

  // This year unless asked; an officer sees the destinations of their post.
  expect((await (await ministry.get("/api/v1/quotas")).json()).year).toBe(new Date().getUTCFullYear());
  const officer = await apiAs(browser, "officer.th@registry.test");
  const own = await (await officer.get(`/api/v1/quotas?year=${year}`)).json();
  expect(own.rows.map((row: { country: string }) => row.country)).toEqual(["TH"]);
});
