import { expect, test } from "@playwright/test";
import { apiAs, expectError, newWorker } from "./helpers";

// What a client relies on, over the network against `next start`: merge patches, ETag and
// If-Match, Location, Idempotency-Key, and JSON answers for paths and methods no endpoint serves.

test("a PATCH changes only what it is sent, under If-Match, and a create names where it lives", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const worker = newWorker({ employer: "Siam Concrete" });
  const created = await api.post("/api/v1/workers", { data: worker });
  expect(created.status(), await created.text()).toBe(201);
  const location = created.headers()["location"];
  expect(location).toMatch(/^\/api\/v1\/workers\/[0-9a-f-]{36}$/);

  const read = await api.get(location);
  expect(read.headers()["etag"]).toBe('"1"');
  const patched = await api.patch(location, { data: { employer: null }, headers: { "If-Match": '"1"', "Content-Type": "application/merge-patch+json" } });
  expect(patched.status(), await patched.text()).toBe(200);
  expect(patched.headers()["etag"]).toBe('"2"');
  expect(await patched.json()).toMatchObject({ employer: null, phone: (await read.json()).phone, fullName: worker.fullName.toUpperCase(), version: 2 });
  await expectError(await api.patch(location, { data: { employer: "Other" }, headers: { "If-Match": '"1"' } }), 412, "PRECONDITION_FAILED");
});

test("a create retried with its Idempotency-Key answers the first answer and creates nothing more", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const worker = newWorker();
  const key = crypto.randomUUID();
  const first = await api.post("/api/v1/workers", { data: worker, headers: { "Idempotency-Key": key } });
  expect(first.status(), await first.text()).toBe(201);
  const retry = await api.post("/api/v1/workers", { data: worker, headers: { "Idempotency-Key": key } });
  expect(retry.status()).toBe(201);
  expect(await retry.json()).toEqual(await first.json());
  expect(retry.headers()["idempotent-replayed"]).toBe("true");
  await expectError(await api.post("/api/v1/workers", { data: newWorker(), headers: { "Idempotency-Key": key } }), 422, "IDEMPOTENCY_KEY_REUSED");
});

test("unknown paths, unserved methods and unreadable paths answer in the JSON error envelope", async ({ request }) => {
  await expectError(await request.get("/api/v1/no/such/thing"), 404, "NOT_FOUND");
  await expectError(await request.post("/api/v1/nothing-here", { data: {} }), 404, "NOT_FOUND");
  const wrongMethod = await request.delete("/api/v1/workers");
  await expectError(wrongMethod, 405, "METHOD_NOT_ALLOWED");
  expect(wrongMethod.headers()["allow"]).toBe("GET, POST, HEAD, OPTIONS");
  for (const path of ["/api/v1/workers/%E0%A4%A", "/api/v1/published-figures/%", "/api/v1/%ZZ/x"]) {
    await expectError(await request.get(path), 400, "BAD_REQUEST");
  }
});
