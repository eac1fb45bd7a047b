import { expect, test } from "@playwright/test";
import { EXPECTED_API_OPERATIONS } from "../lib/test/api-operations";
import { randomLatinName } from "../lib/test/random-person";
import { apiAs, expectError, newWorker, registerViaApi, uniquePassport } from "./helpers";

const today = () => new Date().toISOString().slice(0, 10);

/** A correction of `worker` as of `version`: every field the officer can correct. */
function correction(worker: ReturnType<typeof newWorker>, version: number, changes: Record<string, unknown>) {
  const fields = Object.fromEntries(Object.entries(worker).filter(([field]) => field !== "destinationCountry"));
  return { ...fields, version, ...changes };
}

test("anonymous callers get 401 as JSON, and nothing is cached", async ({ request }) => {
  const list = await request.get("/api/v1/workers");
  expect((await expectError(list, 401, "UNAUTHENTICATED")).message).toBe("Sign in to continue.");
  expect(list.headers()["cache-control"]).toBe("no-store");
  await expectError(await request.get(`/api/v1/workers/${crypto.randomUUID()}`), 401, "UNAUTHENTICATED");
  await expectError(await request.post("/api/v1/workers", { data: newWorker() }), 401, "UNAUTHENTICATED");
});

test("the Bangkok officer lists only Thailand's workers, page by page", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const first = await api.get("/api/v1/workers?limit=5");
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toBe("no-store");
  const page1 = await first.json();
  expect(page1.items).toHaveLength(5);
  expect(page1.nextCursor).toEqual(expect.any(String));

  const page2 = await (await api.get(`/api/v1/workers?limit=5&cursor=${encodeURIComponent(page1.nextCursor)}`)).json();
  expect(page2.items).toHaveLength(5);
  const items = [...page1.items, ...page2.items];
  expect(new Set(items.map((w: { id: string }) => w.id)).size).toBe(10);
  for (const worker of items) {
    expect(worker.destinationCountry).toBe("TH");
    expect(worker.passportMasked).toMatch(/^••••.{4}$/);
    expect(worker).not.toHaveProperty("passportNo");
  }
  // Newest first by default: the second page starts where the first ended.
  expect(page2.items[0].createdAt <= page1.items[4].createdAt).toBe(true);

  const deployed = await (await api.get("/api/v1/workers?status=DEPLOYED&sex=F&limit=20")).json();
  expect(deployed.items.length).toBeGreaterThan(1);
  for (const worker of deployed.items) expect(worker).toMatchObject({ status: "DEPLOYED", sex: "F", destinationCountry: "TH" });
});

test("an officer registers a worker and reads the record back, passport masked", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const worker = newWorker({ fullName: `  ${randomLatinName().toLowerCase()} `, passportNo: uniquePassport().replace(/^(.)(...)/, "$1 $2 ") });
  const created = await api.post("/api/v1/workers", { data: worker });
  expect(created.status(), await created.text()).toBe(201);
  expect(created.headers()["cache-control"]).toBe("no-store");
  const { id, registrationNo } = await created.json();
  expect(registrationNo).toMatch(/^TH\d{2}-\d{7}$/);

  const response = await api.get(`/api/v1/workers/${id}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const record = await response.json();
  const passport = worker.passportNo.replace(/\s/g, "");
  expect(record).toMatchObject({
    id,
    registrationNo,
    fullName: worker.fullName.trim().toUpperCase(),
    dateOfBirth: worker.dateOfBirth,
    passportMasked: `••••${passport.slice(-4)}`,
    destinationCountry: "TH",
    status: "PRE_DEPARTURE",
    version: 1,
    post: { name: "Royal Embassy of Cambodia in Bangkok" },
  });
  expect(await response.text()).not.toContain(passport);
});

test("bad input is refused with the reasons in English", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const invalid = await expectError(await api.post("/api/v1/workers", { data: newWorker({ passportNo: "12AB", sector: "MINING" }) }), 422, "VALIDATION");
  expect(invalid.fields.passportNo).toEqual(["A passport number is one or two letters and 6 to 8 digits, for example N0123456."]);
  expect(invalid.fields.sector).toEqual(["Choose one of the options."]);

  const notCovered = await expectError(await api.post("/api/v1/workers", { data: newWorker({ destinationCountry: "KR" }) }), 422, "VALIDATION");
  expect(notCovered.fields.destinationCountry).toEqual(["Your post does not cover this destination."]);

  const malformed = { headers: { "content-type": "application/json" }, data: Buffer.from('{"fullName": ') };
  await expectError(await api.post("/api/v1/workers", malformed), 400, "BAD_REQUEST");
  // A cross-site form can post text/plain with the cookie; only JSON is accepted.
  const asText = { headers: { "content-type": "text/plain" }, data: JSON.stringify(newWorker()) };
  await expectError(await api.post("/api/v1/workers", asText), 400, "BAD_REQUEST");
  // Bodies have a size limit; an unknown field is refused, not ignored.
  const huge = await expectError(await api.post("/api/v1/workers", { data: newWorker({ employer: "x".repeat(300 * 1024) }) }), 413, "TOO_LARGE");
  expect(huge.message).toContain("256 KB");
  const extra = await expectError(await api.post("/api/v1/workers", { data: newWorker({ postId: crypto.randomUUID() }) }), 422, "VALIDATION");
  expect(extra.fields._form).toEqual(["This field is not accepted."]);
});

test("a likely duplicate is refused with the match until the officer confirms", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const first = newWorker();
  await registerViaApi(api, first);
  const twin = newWorker({ fullName: first.fullName, dateOfBirth: first.dateOfBirth });

  const refused = await expectError(await api.post("/api/v1/workers", { data: twin }), 409, "DUPLICATE");
  expect(refused.duplicates).toContainEqual(
    expect.objectContaining({ inScope: true, fullName: first.fullName, dateOfBirth: first.dateOfBirth, reason: "name" }),
  );
  const confirmed = await api.post("/api/v1/workers", { data: { ...twin, confirmDuplicate: true } });
  expect(confirmed.status(), await confirmed.text()).toBe(201);
});

test("the Seoul officer can neither read nor change a Bangkok worker", async ({ browser }) => {
  const bangkok = await apiAs(browser, "officer.th@registry.test");
  const worker = newWorker();
  const id = await registerViaApi(bangkok, worker);
  const seoul = await apiAs(browser, "officer.kr@registry.test");

  await expectError(await seoul.get(`/api/v1/workers/${id}`), 404, "NOT_FOUND");
  await expectError(await seoul.patch(`/api/v1/workers/${id}`, { data: correction(worker, 1, { employer: "Hijacked Ltd" }) }), 404, "NOT_FOUND");
  await expectError(await seoul.post(`/api/v1/workers/${id}/status`, { data: { status: "DECEASED", effectiveOn: today(), version: 1 } }), 404, "NOT_FOUND");
  await expectError(await seoul.post(`/api/v1/workers/${id}/transfer`, { data: { destinationCountry: "KR", effectiveOn: today(), version: 1 } }), 404, "NOT_FOUND");

  const record = await (await bangkok.get(`/api/v1/workers/${id}`)).json();
  expect(record).toMatchObject({ version: 1, employer: worker.employer, status: "PRE_DEPARTURE", destinationCountry: "TH" });
});

test("ministry staff read every post's workers but cannot register; administrators read none", async ({ browser }) => {
  const ministry = await apiAs(browser, "ministry@registry.test");
  const list = await ministry.get("/api/v1/workers?limit=1000");
  expect(list.status()).toBe(200);
  const { items } = await list.json();
  const countries = new Set(items.map((w: { destinationCountry: string }) => w.destinationCountry));
  expect(countries.size).toBeGreaterThan(2);
  expect(countries).toContain("TH");
  expect(countries).toContain("KR");
  expect((await ministry.get(`/api/v1/workers/${items[0].id}`)).status()).toBe(200);
  await expectError(await ministry.post("/api/v1/workers", { data: newWorker() }), 403, "FORBIDDEN");

  const admin = await apiAs(browser, "admin@registry.test");
  await expectError(await admin.get("/api/v1/workers"), 403, "FORBIDDEN");
  await expectError(await admin.get(`/api/v1/workers/${items[0].id}`), 403, "FORBIDDEN");
});

test("a second change made from the same version is a conflict carrying the current record", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const worker = newWorker();
  const id = await registerViaApi(api, worker);

  const saved = await api.patch(`/api/v1/workers/${id}`, { data: correction(worker, 1, { employer: "Bangkok Garments" }) });
  expect(saved.status(), await saved.text()).toBe(200);
  expect(await saved.json()).toMatchObject({ id, version: 2, employer: "Bangkok Garments" });

  const stale = await expectError(await api.patch(`/api/v1/workers/${id}`, { data: correction(worker, 1, { employer: "Chonburi Fisheries" }) }), 409, "CONFLICT");
  expect(stale.current).toMatchObject({ id, version: 2, employer: "Bangkok Garments" });
  expect(stale.current).not.toHaveProperty("passportNo");
  expect(await (await api.get(`/api/v1/workers/${id}`)).json()).toMatchObject({ version: 2, employer: "Bangkok Garments" });
});

test("a status change answers the record as saved; an impossible one is refused", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const id = await registerViaApi(api);

  const deployed = await api.post(`/api/v1/workers/${id}/status`, { data: { status: "DEPLOYED", effectiveOn: today(), version: 1 } });
  expect(deployed.status(), await deployed.text()).toBe(200);
  expect(await deployed.json()).toMatchObject({ id, status: "DEPLOYED", deployedOn: today(), version: 2 });

  const backwards = await expectError(await api.post(`/api/v1/workers/${id}/status`, { data: { status: "PRE_DEPARTURE", effectiveOn: today(), version: 2 } }), 422, "VALIDATION");
  expect(backwards.fields.status).toEqual(["This status cannot follow the current one."]);
});

test("a transfer hands the record to the post of the new destination", async ({ browser }) => {
  const bangkok = await apiAs(browser, "officer.th@registry.test");
  const id = await registerViaApi(bangkok);

  const transferred = await bangkok.post(`/api/v1/workers/${id}/transfer`, { data: { destinationCountry: "KR", effectiveOn: today(), employer: "Hanil Electronics", version: 1 } });
  expect(transferred.status(), await transferred.text()).toBe(200);
  expect(await transferred.json()).toEqual({ version: 2, postId: expect.stringMatching(/^[0-9a-f-]{36}$/) });

  const seoul = await apiAs(browser, "officer.kr@registry.test");
  const record = await seoul.get(`/api/v1/workers/${id}`);
  expect(record.status()).toBe(200);
  expect(await record.json()).toMatchObject({ destinationCountry: "KR", employer: "Hanil Electronics", post: { name: "Royal Embassy of Cambodia in Seoul" }, version: 2 });
  await expectError(await bangkok.get(`/api/v1/workers/${id}`), 404, "NOT_FOUND");
});

test("invalid query parameters are a bad request", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const status = await expectError(await api.get("/api/v1/workers?status=FLYING"), 400, "VALIDATION");
  expect(status.fields.status).toEqual(["Choose one of the options."]);
  const unknown = await expectError(await api.get("/api/v1/workers?colour=red"), 400, "VALIDATION");
  expect(unknown.fields._form).toEqual(["This field is not accepted."]);
  await expectError(await api.get("/api/v1/workers?limit=0"), 400, "VALIDATION");
  await expectError(await api.get("/api/v1/workers?cursor=not-a-cursor"), 400, "VALIDATION");
});

test("the OpenAPI document describes every endpoint", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  const operations = Object.entries(document.paths as Record<string, object>).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
  expect(operations.sort()).toEqual([...EXPECTED_API_OPERATIONS].sort());
});
