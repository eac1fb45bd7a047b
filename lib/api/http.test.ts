import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniquePassport, workerInput } from "@/lib/test/actors";
import { runImportJob } from "@/lib/data/import-job";
import { apiTokens, callApi } from "@/lib/test/api-client";
import { csvFile, importRow } from "@/lib/test/import-files";
import { courseInput } from "@/lib/test/course-input";

/**
 * The API's HTTP semantics, each through a route handler as Next calls it (lib/test/api-client.ts):
 * merge patches, ETag and If-Match, Location, Idempotency-Key, JSON types, and refusals of input
 * that must never reach PostgreSQL.
 */
afterAll(() => db.$disconnect());

let bangkok: string;
let seoul: string;
let ministry: string;
beforeAll(async () => {
  ({ bangkok, seoul, ministry } = await apiTokens());
});

async function registered(overrides: Record<string, unknown> = {}) {
  const created = await callApi(bangkok, "/workers", { method: "POST", body: workerInput(overrides) });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string; registrationNo: string };
}

describe("PATCH is a JSON Merge Patch", () => {
  it("changes only what it is sent; what is left out stays as it was", async () => {
    const { id } = await registered({ employer: "Siam Concrete", contractEnd: "2026-01-31" });
    const before = (await callApi(bangkok, `/workers/${id}`)).body;
    const patched = await callApi(bangkok, `/workers/${id}`, { method: "PATCH", body: { phone: "0899999999", version: 1 } });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toEqual({ ...before, phone: "0899999999", version: 2, updatedAt: patched.body.updatedAt });
    expect(patched.body).toMatchObject({ employer: "Siam Concrete", fullNameKm: before.fullNameKm, contractEnd: "2026-01-31" });
  });

  it("takes application/merge-patch+json; null clears an optional field; a required field cannot be cleared", async () => {
    const { id } = await registered({ employer: "Siam Concrete" });
    const cleared = await callApi(bangkok, `/workers/${id}`, {
      method: "PATCH",
      rawBody: JSON.stringify({ employer: null, version: 1 }),
      headers: { "content-type": "application/merge-patch+json" },
    });
    expect(cleared.status, cleared.text).toBe(200);
    expect(cleared.body).toMatchObject({ employer: null, version: 2 });
    const refused = await callApi(bangkok, `/workers/${id}`, { method: "PATCH", body: { fullName: null, version: 2 } });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: "VALIDATION", fields: { fullName: ["This field is required."] } });
  });

  it("does the same for courses", async () => {
    const input = courseInput({ scheduleNote: "Saturdays" });
    const seoulCourse = await callApi(seoul, "/courses", { method: "POST", body: input });
    expect(seoulCourse.status, seoulCourse.text).toBe(201);
    const patched = await callApi(seoul, `/courses/${seoulCourse.body.id}`, { method: "PATCH", body: { capacity: 30, scheduleNote: null, version: 1 } });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toMatchObject({ capacity: 30, scheduleNote: null, titleEn: input.titleEn, place: input.place, version: 2 });
  });
});

describe("ETag and If-Match", () => {
  it("gives a record's version as its ETag and applies a change only to the version If-Match names", async () => {
    const { id } = await registered();
    const read = await callApi(bangkok, `/workers/${id}`);
    expect(read.headers.get("etag")).toBe('"1"');
    // If-Match stands for the body's version.
    const saved = await callApi(bangkok, `/workers/${id}`, { method: "PATCH", body: { employer: "Thai Steel" }, headers: { "if-match": '"1"' } });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.headers.get("etag")).toBe('"2"');
    const stale = await callApi(bangkok, `/workers/${id}`, { method: "PATCH", body: { employer: "Other" }, headers: { "if-match": '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toMatchObject({ code: "PRECONDITION_FAILED", current: { id, employer: "Thai Steel", version: 2 } });
    for (const etag of ['W/"2"', "2", '"2", "3"']) {
      expect((await callApi(bangkok, `/workers/${id}`, { method: "PATCH", body: { employer: "X" }, headers: { "if-match": etag } })).status, etag).toBe(412);
    }
    expect((await callApi(bangkok, `/workers/${id}`)).body.employer).toBe("Thai Steel");
  });

  it("holds for a published source's PUT too", async () => {
    const id = `src-${crypto.randomUUID().slice(0, 8)}`;
    const fields = { title: "Test source", publishedOn: "2024-03-01", asOf: "2023-12-31", figures: [{ countryCode: "TH", workers: 1200 }] };
    const created = await callApi(ministry, "/published-figures", { method: "POST", body: { id, ...fields } });
    expect(created.status, created.text).toBe(201);
    expect(created.headers.get("location")).toBe(`/api/v1/published-figures/${id}`);
    expect(created.headers.get("etag")).toBe('"1"');
    const corrected = await callApi(ministry, `/published-figures/${id}`, { method: "PUT", body: { ...fields, title: "Corrected" }, headers: { "if-match": '"1"' } });
    expect(corrected.status, corrected.text).toBe(200);
    const stale = await callApi(ministry, `/published-figures/${id}`, { method: "PUT", body: fields, headers: { "if-match": '"1"' } });
    expect(stale.status).toBe(412);
  });
});

describe("Location", () => {
  it("names where every record created lives", async () => {
    const worker = await callApi(bangkok, "/workers", { method: "POST", body: workerInput() });
    expect(worker.headers.get("location")).toBe(`/api/v1/workers/${worker.body.id}`);
    expect((await callApi(bangkok, worker.headers.get("location")!.replace("/api/v1", ""))).status).toBe(200);
    const course = await callApi(bangkok, "/courses", { method: "POST", body: courseInput() });
    expect(course.headers.get("location")).toBe(`/api/v1/courses/${course.body.id}`);
    const enrolment = await callApi(bangkok, `/courses/${course.body.id}/enrolments`, { method: "POST", body: { workerId: worker.body.id } });
    expect(enrolment.status, enrolment.text).toBe(201);
    expect(enrolment.headers.get("location")).toBe(`/api/v1/courses/${course.body.id}/enrolments/${enrolment.body.id}`);
  });
});

describe("Idempotency-Key", () => {
  it("answers a retry of the same create with the first answer, and creates nothing twice", async () => {
    const key = crypto.randomUUID();
    const input = workerInput();
    const first = await callApi(bangkok, "/workers", { method: "POST", body: input, headers: { "idempotency-key": key } });
    expect(first.status, first.text).toBe(201);
    // The same body written in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    const retry = await callApi(bangkok, "/workers", { method: "POST", body: reordered, headers: { "idempotency-key": key } });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("location")).toBe(first.headers.get("location"));
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await db.worker.count({ where: { passportNo: input.passportNo } })).toBe(1);
  });

  it("refuses the same key with another body, and keeps each client's keys apart", async () => {
    const key = crypto.randomUUID();
    expect((await callApi(bangkok, "/workers", { method: "POST", body: workerInput(), headers: { "idempotency-key": key } })).status).toBe(201);
    const reused = await callApi(bangkok, "/workers", { method: "POST", body: workerInput(), headers: { "idempotency-key": key } });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    const other = await callApi(seoul, "/workers", { method: "POST", body: workerInput({ destinationCountry: "KR" }), headers: { "idempotency-key": key } });
    expect(other.status, other.text).toBe(201);
  });

  it("keeps nothing of a refused request, so it can be corrected and sent again with its key", async () => {
    const key = crypto.randomUUID();
    const refused = await callApi(bangkok, "/workers", { method: "POST", body: workerInput({ passportNo: "12" }), headers: { "idempotency-key": key } });
    expect(refused.status).toBe(422);
    const passportNo = uniquePassport();
    const sent = await callApi(bangkok, "/workers", { method: "POST", body: workerInput({ passportNo }), headers: { "idempotency-key": key } });
    expect(sent.status, sent.text).toBe(201);
    const malformed = await callApi(bangkok, "/workers", { method: "POST", body: workerInput(), headers: { "idempotency-key": "no spaces please" } });
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.fields).toHaveProperty("Idempotency-Key");
  });
});

describe("JSON bodies keep their JSON types", () => {
  it("refuses a number sent as anything but a number, naming the field, and publishes no false zero", async () => {
    for (const workers of [null, [], [7], true, "1", "", 1.5]) {
      const id = `typed-${crypto.randomUUID().slice(0, 8)}`;
      const answer = await callApi(ministry, "/published-figures", {
        method: "POST",
        body: { id, title: "Typed", publishedOn: "2024-03-01", asOf: "2023-12-31", figures: [{ countryCode: "TH", workers }] },
      });
      expect(answer.status, JSON.stringify(workers)).toBe(422);
      expect(Object.keys(answer.body.error.fields)).toEqual(["figures.0.workers"]);
      expect(await db.publishedSource.count({ where: { id } })).toBe(0);
    }
    const version = await callApi(bangkok, "/workers", { method: "POST", body: { ...workerInput(), confirmDuplicate: "true" } });
    expect(version.status).toBe(422);
    expect(Object.keys(version.body.error.fields)).toEqual(["confirmDuplicate"]);
  });
});

describe("the order of refusals", () => {
  it("refuses who may not do it (403) before reading what they sent", async () => {
    expect((await callApi(ministry, "/workers", { method: "POST", body: {} })).status).toBe(403);
    expect((await callApi(ministry, "/workers/not-an-id", { method: "PATCH", rawBody: "{" })).status).toBe(403);
    expect((await callApi(null, "/workers", { method: "POST", body: {} })).status).toBe(401);
  });
});

describe("input that must not reach PostgreSQL", () => {
  it("refuses a cursor of another sort, a forged one or one with a NUL as a bad request", async () => {
    const { nextCursor } = (await callApi(bangkok, "/workers?sort=name&limit=1")).body;
    const forged = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");
    for (const cursor of [nextCursor, forged(["abc", "x", "y"]), forged(["workers:registered:desc", "2026-01-01T00:00:00.000Z", "-".repeat(36)]), "%00", forged(["workers:name:asc", "A\u0000", crypto.randomUUID()])]) {
      const answer = await callApi(bangkok, `/workers?cursor=${encodeURIComponent(cursor)}`);
      expect(answer.status, cursor).toBe(400);
      expect(answer.body.error.fields).toHaveProperty("cursor");
    }
    expect((await callApi(bangkok, `/imports?cursor=${encodeURIComponent(nextCursor)}`)).status).toBe(400);
  });

  it("refuses a NUL byte in a path id or a body, and an id of the wrong form, before any query", async () => {
    expect((await callApi(ministry, "/published-figures/%00")).status).toBe(404);
    expect((await callApi(bangkok, `/workers/${"-".repeat(36)}`)).status).toBe(404);
    expect((await callApi(bangkok, "/workers/not-a-uuid/status", { method: "POST", body: {} })).status).toBe(404);
    const nul = await callApi(bangkok, "/workers", { method: "POST", body: workerInput({ employer: "Siam\u0000Concrete" }) });
    expect(nul.status).toBe(422);
    expect(nul.body.error.fields).toEqual({ employer: ["This value is not valid."] });
  });

  it("refuses what is no JSON, or JSON of another content type", async () => {
    const broken = await callApi(bangkok, "/workers", { method: "POST", rawBody: '{"fullName": ' });
    expect(broken.status).toBe(400);
    const form = await callApi(bangkok, "/workers", { method: "POST", rawBody: "fullName=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(400);
    expect(form.body.error.code).toBe("BAD_REQUEST");
  });

  it("reads query parameters as the document types them, one value each", async () => {
    for (const query of ["limit=1e3", "limit=0x10", "limit=+5", "limit=0", "country=th", "deployedFrom=2001-02-30", "status=DEPLOYED&status=RETURNED", "colour=red"]) {
      const answer = await callApi(bangkok, `/workers?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code).toBe("VALIDATION");
    }
    expect((await callApi(bangkok, "/courses?page=1e3")).status).toBe(400);
    expect((await callApi(ministry, "/quotas?year=2026.0")).status).toBe(400);
    expect((await callApi(ministry, "/reports/destinations?x=1")).status).toBe(400);
    expect((await callApi(bangkok, "/workers?limit=2&country=TH")).status).toBe(200);
    // The query string of a request with a body is the URL's too: a 400, not the body's 422.
    expect((await callApi(bangkok, "/workers?colour=red", { method: "POST", body: workerInput() })).status).toBe(400);
  });

  it("answers an unknown path with a JSON 404 and a method a path lacks with a JSON 405 naming those it has", async () => {
    const unknown = await callApi(bangkok, "/no/such/thing");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("NOT_FOUND");
    const { id } = await registered();
    const wrongMethod = await callApi(bangkok, `/workers/${id}`, { method: "DELETE" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.error.code).toBe("METHOD_NOT_ALLOWED");
    expect(wrongMethod.headers.get("allow")).toBe("GET, PATCH, HEAD, OPTIONS");
    expect((await callApi(bangkok, "/workers", { method: "PUT", body: {} })).headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
  });
});

describe("an import through the API with a token", () => {
  it("keeps a Khmer file name, and ends SUCCEEDED once its rows are written", async () => {
    const passport = uniquePassport();
    const form = new FormData();
    form.append("dryRun", "true");
    form.append("file", new File([new Uint8Array(csvFile([importRow(passport)]))], "ពលករ បាងកក.csv", { type: "text/csv" }));
    const dryRun = await callApi(bangkok, "/imports", { method: "POST", form });
    expect(dryRun.status, dryRun.text).toBe(201);
    expect(dryRun.body.fileName).toBe("ពលករ បាងកក.csv");
    expect(dryRun.headers.get("location")).toBe(`/api/v1/imports/${dryRun.body.id}`);
    await runImportJob(dryRun.body.id);
    expect((await callApi(bangkok, `/imports/${dryRun.body.id}`)).body).toMatchObject({ status: "SUCCEEDED", dryRun: true, created: 1 });

    const run = await callApi(bangkok, `/imports/${dryRun.body.id}/run`, { method: "POST" });
    expect(run.status, run.text).toBe(201);
    await runImportJob(run.body.id);
    const done = await callApi(bangkok, `/imports/${run.body.id}`);
    expect(done.body).toMatchObject({ status: "SUCCEEDED", dryRun: false, created: 1, error: null, fileName: "ពលករ បាងកក.csv" });
    expect(await db.worker.count({ where: { passportNo: passport } })).toBe(1);
  });

  it("refuses multipart without a boundary with a 400, not a 500", async () => {
    const answer = await callApi(bangkok, "/imports", { method: "POST", rawBody: "--x--", headers: { "content-type": "multipart/form-data" } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("BAD_REQUEST");
  });
});
