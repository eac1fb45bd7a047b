import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runImportJob } from "@/lib/data/import-job";
import { actorFor, workerInput } from "@/lib/test/actors";
import { apiTokens, callApi, type ApiAnswer, type ApiCall } from "@/lib/test/api-client";
import { operation, operations, problemsOf } from "@/lib/test/api-document";
import { attendEveryDay, courseInput, endingToday, isoDay } from "@/lib/test/courses";
import { csvFile, importRow } from "@/lib/test/import-files";
import { uniquePassport } from "@/lib/test/random-person";

/**
 * Conformance: every operation of the OpenAPI document called with valid input as a role allowed
 * to, its status and body checked against what the document says (the document's own JSON
 * Schemas). Two are called by the end-to-end tests instead, which run inside Next: the portal's
 * endpoint answers a worker's session cookie, not a token (e2e/portal.spec.ts), and rejected.csv
 * is written in the reader's language from Next's request (e2e/imports.spec.ts).
 */
afterAll(() => db.$disconnect());

const called = new Set<string>();
let officer: string;
let ministry: string;
beforeAll(async () => {
  ({ bangkok: officer, ministry } = await apiTokens());
});

/** Calls an operation by its id, with the path's parameters filled in, and checks the answer against the document. */
async function conforming(operationId: string, token: string | null, params: Record<string, string> = {}, call: ApiCall & { query?: string } = {}): Promise<ApiAnswer> {
  const op = operation(operationId);
  const target = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name])) + (call.query ? `?${call.query}` : "");
  const answer = await callApi(token, target, { ...call, method: op.method });
  const success = Object.keys(op.responses).find((status) => status.startsWith("2"))!;
  expect(answer.status, `${operationId}: ${answer.text.slice(0, 500)}`).toBe(Number(success));
  expect(problemsOf(op, answer.status, answer.body), operationId).toEqual([]);
  for (const header of Object.keys(op.responses[success].headers ?? {})) {
    if (header !== "Idempotent-Replayed") expect(answer.headers.get(header), `${operationId} ${header}`).not.toBeNull();
  }
  called.add(operationId);
  return answer;
}

describe("every operation, as the document describes it", () => {
  it("workers", async () => {
    await conforming("listWorkers", officer, {}, { query: "limit=5&sort=name" });
    const { body: created } = await conforming("createWorker", officer, {}, { body: workerInput() });
    await conforming("getWorker", officer, { id: created.id });
    await conforming("updateWorker", officer, { id: created.id }, { body: { employer: "Thai Steel", version: 1 } });
    await conforming("changeWorkerStatus", officer, { id: created.id }, { body: { status: "RETURNED", effectiveOn: isoDay(0), version: 2 } });
    const { body: moving } = await conforming("createWorker", officer, {}, { body: workerInput() });
    await conforming("transferWorker", officer, { id: moving.id }, { body: { destinationCountry: "MY", effectiveOn: isoDay(0), version: 1 } });
  });

  it("reports, published figures and quotas", async () => {
    await conforming("destinationReport", ministry);
    await conforming("breakdownReport", ministry, {}, { query: "by=sector&country=TH" });
    await conforming("monthlyReport", ministry, {}, { query: "from=2025-01&to=2025-12" });
    await conforming("listPublishedSources", ministry);
    const id = `conformance-${crypto.randomUUID().slice(0, 8)}`;
    const source = { title: "Conformance source", publishedOn: "2024-03-01", asOf: "2023-12-31", note: null, figures: [{ countryCode: "TH", workers: 1200, note: null }] };
    await conforming("createPublishedSource", ministry, {}, { body: { id, ...source } });
    await conforming("getPublishedSource", ministry, { id });
    await conforming("correctPublishedSource", ministry, { id }, { body: { ...source, title: "Corrected", version: 1 } });
    await conforming("retirePublishedSource", ministry, { id });
    await conforming("restorePublishedSource", ministry, { id });
    const csv = "source_id,source_title,published_on,as_of,country_iso2,country_name,workers,note\nconf-import,Conformance import,2024-03-01,2023-12-31,TH,Thailand,\"1,200\",\n";
    await conforming("importPublishedFigures", ministry, {}, { body: { csv, dryRun: true } });
    await conforming("listQuotas", ministry, {}, { query: "year=2031" });
    await conforming("saveQuota", ministry, {}, { body: { countryCode: "TH", year: 2031, workers: 40_000, note: null } });
  });

  it("courses and enrolments", async () => {
    await conforming("listCourses", officer, {}, { query: "page=1" });
    const { body: course } = await conforming("createCourse", officer, {}, { body: courseInput() });
    await conforming("getCourse", officer, { id: course.id });
    await conforming("updateCourse", officer, { id: course.id }, { body: { capacity: 12, version: 1 } });
    const { body: worker } = await conforming("createWorker", officer, {}, { body: workerInput() });
    const { body: enrolment } = await conforming("enrolWorker", officer, { id: course.id }, { body: { workerId: worker.id } });
    await conforming("listEnrolments", officer, { id: course.id });
    await conforming("setEnrolmentOutcome", officer, { id: course.id, enrolmentId: enrolment.id }, { body: { outcome: "WITHDRAWN", version: 1 } });

    // A certificate to revoke: a course ending today, attended every day, completed.
    const { body: past } = await conforming("createCourse", officer, {}, { body: courseInput(endingToday) });
    const { body: trainee } = await conforming("createWorker", officer, {}, { body: workerInput() });
    const { body: place } = await conforming("enrolWorker", officer, { id: past.id }, { body: { workerId: trainee.id } });
    await attendEveryDay(await actorFor("officer.th@registry.test"), past.id, [place.id]);
    const { body: completed } = await conforming("setEnrolmentOutcome", officer, { id: past.id, enrolmentId: place.id }, { body: { outcome: "COMPLETED", version: 1 } });
    await conforming("revokeCertificate", officer, { id: past.id, enrolmentId: place.id }, { body: { reason: "Issued in error", version: completed.version } });
  });

  it("imports", async () => {
    const form = new FormData();
    form.append("dryRun", "true");
    form.append("file", new File([new Uint8Array(csvFile([importRow(uniquePassport()), importRow("bad")]))], "register.csv", { type: "text/csv" }));
    const { body: dryRun } = await conforming("createImport", officer, {}, { form });
    await runImportJob(dryRun.id);
    await conforming("getImport", officer, { id: dryRun.id });
    await conforming("listImports", officer, {}, { query: "limit=5" });
    const { body: run } = await conforming("confirmImport", officer, { id: dryRun.id });
    await runImportJob(run.id);
  });

  it("the document itself, to anyone", async () => {
    const answer = await conforming("openApi", null);
    expect(answer.headers.get("cache-control")).toBe("public, max-age=3600");
  });

  it("checks answers for real: a body the document does not describe has problems", () => {
    expect(problemsOf(operation("getWorker"), 200, { id: "x" })).not.toEqual([]);
    expect(problemsOf(operation("getWorker"), 418, {})).toEqual(["status 418 is not documented for getWorker"]);
  });

  it("covered every operation the document lists, but the two the end-to-end tests call", () => {
    expect([...called].sort()).toEqual(operations.map((op) => op.operationId).filter((id) => !["listPortalEnrolments", "rejectedRows"].includes(id)).sort());
  });
});
