/**
 * Post scope across the whole data layer. Every function lib/data exports is either probed here or
 * named with the reason it needs no probe, so a new function cannot be added unseen. Each probe asks
 * a function about records held by Bangkok, as an actor of every role and post, and the answer must
 * show Bangkok's records exactly when the permission matrix gives that actor Bangkok's records for
 * the function's action: never to another post's officer, nor to an officer without a post.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, type Action, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, workerInput } from "@/lib/test/actors";
import { newCase } from "@/lib/test/cases";
import { newCourse } from "@/lib/test/courses";
import { upload } from "@/lib/test/imports";
import { findCaseInScope } from "./case-scope";
import { listCaseDestinations, listCaseAssignees, listTransferTargets } from "./case-choices";
import { listCases } from "./case-list";
import { getCaseReport } from "./case-reports";
import { getCase } from "./cases";
import { getCertificate } from "./certificates";
import { getCourse, getCourseStatistics, listCourses, listUpcomingCourses } from "./courses";
import { listEnrolments } from "./enrolments";
import { getPostHome, getReconciliationHome } from "./home";
import { getImport, getRejectedRows, listImports, listOpenImports } from "./imports";
import { getAccessSlip, issueAccessCode } from "./portal-access";
import { listQuotas } from "./quotas";
import { listDestinationsForNewWorker } from "./reference";
import { getBreakdown, getDestinationReport, getMonthlySeries, listReportCountries } from "./reports";
import { exportWorkers } from "./worker-export";
import { getWorkerHistory } from "./worker-history";
import { countWorkers, listWorkers } from "./worker-list";
import { getWorkerRecord } from "./worker-record";
import { findWorkerInScope } from "./worker-scope";
import { createWorker, getWorker, getWorkerForEdit, revealPassport } from "./workers";

afterAll(() => db.$disconnect());

/** What Bangkok holds, made by its officer; every id and number here names a Bangkok record. */
type Held = {
  postId: string;
  worker: { id: string; registrationNo: string; passportNo: string };
  courseId: string;
  enrolmentId: string;
  caseId: string;
  caseReferenceNo: string;
  importId: string;
  accessCode: string;
};

let held: Held;
let actors: Record<"bangkokOfficer" | "seoulOfficer" | "officerWithoutPost" | "ministry" | "admin", Actor>;

beforeAll(async () => {
  const [bangkok, seoul, ministry, admin] = await Promise.all(
    ["officer.th@registry.test", "officer.kr@registry.test", "ministry@registry.test", "admin@registry.test"].map((email) => actorFor(email)),
  );
  actors = { bangkokOfficer: bangkok, seoulOfficer: seoul, officerWithoutPost: { ...bangkok, postId: null }, ministry, admin };

  const input = workerInput();
  const worker = await createWorker(bangkok, input);
  const courseId = await newCourse(bangkok);
  // A completed enrolment with its certificate, written past the data layer (completion waits for the course's end).
  const enrolment = await db.enrolment.create({
    data: { courseId, workerId: worker.id, status: "COMPLETED", certificateNo: `CERT-SCOPE-${crypto.randomUUID().slice(0, 8)}`, completedOn: new Date() },
    select: { id: true },
  });
  const { id: caseId, referenceNo } = await newCase(bangkok, { registrationNos: [worker.registrationNo] });
  const job = await upload(bangkok, Buffer.from("passport_no\nN0000001\n"), { dryRun: true });
  const { code } = await issueAccessCode(bangkok, worker.id);
  held = {
    postId: bangkok.postId!,
    worker: { id: worker.id, registrationNo: worker.registrationNo, passportNo: input.passportNo },
    courseId,
    enrolmentId: enrolment.id,
    caseId,
    caseReferenceNo: referenceNo,
    importId: job.id,
    accessCode: code,
  };
});

/** Whether an answer names any Bangkok record. */
function namesHeld(answer: unknown): boolean {
  const text = JSON.stringify(answer, (_key, value) => (typeof value === "bigint" ? String(value) : value));
  const ids = [held.worker.id, held.worker.registrationNo, held.worker.passportNo, held.courseId, held.enrolmentId, held.caseId, held.caseReferenceNo, held.importId];
  return ids.some((id) => text.includes(id));
}

async function drained<T>(batches: AsyncGenerator<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const batch of batches) all.push(...batch);
  return all;
}

/** A probe: the action the function is authorized by, and whether its answer showed Bangkok's records. */
type Probe = { action: Action; shows: (actor: Actor) => Promise<boolean> };

const showsTH = (answer: unknown) => JSON.stringify(answer).includes('"TH"');
const answered = async (work: Promise<unknown>) => (await work, true);

const probes: Record<string, Probe> = {
  // Workers
  getWorker: { action: "worker.read", shows: async (a) => namesHeld(await getWorker(a, held.worker.id)) },
  getWorkerForEdit: { action: "worker.update", shows: async (a) => namesHeld(await getWorkerForEdit(a, held.worker.id)) },
  getWorkerRecord: { action: "worker.read", shows: async (a) => namesHeld(await getWorkerRecord(a, held.worker.id)) },
  getWorkerHistory: { action: "worker.read", shows: (a) => answered(getWorkerHistory(a, held.worker.id)) },
  findWorkerInScope: { action: "worker.read", shows: async (a) => namesHeld((await findWorkerInScope(a, "worker.read", held.worker.id, { id: true })).worker) },
  revealPassport: { action: "worker.revealPassport", shows: async (a) => (await revealPassport(a, held.worker.id)) === held.worker.passportNo },
  listWorkers: { action: "worker.read", shows: async (a) => namesHeld((await listWorkers(a, { q: held.worker.registrationNo })).items) },
  countWorkers: { action: "worker.read", shows: async (a) => (await countWorkers(a, { q: held.worker.registrationNo })).count > 0 },
  exportWorkers: { action: "worker.export", shows: async (a) => namesHeld(await drained(await exportWorkers(a, { q: held.worker.registrationNo }))) },
  getAccessSlip: { action: "worker.issueAccessCode", shows: async (a) => namesHeld(await getAccessSlip(a, held.worker.id, { code: held.accessCode })) },
  listDestinationsForNewWorker: { action: "worker.create", shows: async (a) => showsTH(await listDestinationsForNewWorker(a)) },
  // Its counts are the worker list's; what names Bangkok's records is its list of courses to come.
  getPostHome: { action: "course.read", shows: async (a) => namesHeld(await getPostHome(a)) },
  // Courses
  listCourses: { action: "course.read", shows: async (a) => namesHeld(await listCourses(a, {})) },
  listUpcomingCourses: { action: "course.read", shows: async (a) => namesHeld(await listUpcomingCourses(a, 100)) },
  getCourse: { action: "course.read", shows: async (a) => namesHeld(await getCourse(a, held.courseId)) },
  listEnrolments: { action: "course.read", shows: async (a) => namesHeld(await listEnrolments(a, held.courseId)) },
  getCertificate: { action: "course.read", shows: async (a) => (await getCertificate(a, held.enrolmentId)).enrolmentId === held.enrolmentId },
  getCourseStatistics: { action: "course.statistics", shows: async (a) => (await getCourseStatistics(a)).some((row) => row.postId === held.postId) },
  // Cases
  getCase: { action: "case.read", shows: async (a) => namesHeld(await getCase(a, held.caseId)) },
  findCaseInScope: { action: "case.read", shows: async (a) => namesHeld((await findCaseInScope(a, "case.read", held.caseId, { id: true })).record) },
  listCases: { action: "case.read", shows: async (a) => namesHeld((await listCases(a, { q: held.caseReferenceNo })).items) },
  listTransferTargets: { action: "case.transfer", shows: (a) => answered(listTransferTargets(a, held.caseId)) },
  listCaseAssignees: { action: "case.manage", shows: (a) => answered(listCaseAssignees(a, held.caseId)) },
  listCaseDestinations: { action: "case.create", shows: async (a) => showsTH(await listCaseDestinations(a)) },
  getCaseReport: { action: "case.report", shows: async (a) => (await getCaseReport(a, { by: "destination" })).rows.some((row) => row.key === "TH") },
  // Imports
  getImport: { action: "worker.import", shows: async (a) => namesHeld(await getImport(a, held.importId)) },
  listImports: { action: "worker.import", shows: async (a) => namesHeld(await listImports(a, { limit: 100 })) },
  listOpenImports: { action: "worker.import", shows: async (a) => namesHeld(await listOpenImports(a, 100)) },
  getRejectedRows: { action: "worker.import", shows: (a) => answered(getRejectedRows(a, held.importId)) },
  // Reports: Thailand is Bangkok's destination alone, so its figures are Bangkok's records.
  listReportCountries: { action: "report.read", shows: async (a) => showsTH(await listReportCountries(a)) },
  getDestinationReport: { action: "report.read", shows: async (a) => (await getDestinationReport(a)).rows.some((row) => row.country === "TH") },
  getBreakdown: { action: "report.read", shows: async (a) => (await getBreakdown(a, { by: "status", country: "TH" })).total > 0 },
  getMonthlySeries: { action: "report.read", shows: async (a) => (await getMonthlySeries(a, { country: "TH", from: "2020-01" })).months.some((month) => month.deployed > 0) },
  listQuotas: { action: "report.read", shows: async (a) => (await listQuotas(a, 2024)).some((row) => row.country === "TH") },
  getReconciliationHome: { action: "report.read", shows: async (a) => (await getReconciliationHome(a)).lines.some((line) => line.country === "TH") },
};

/**
 * What needs no probe here, and why. Writes are refused across posts in the matrix tests named;
 * the rest hold no post's records, or run inside a function that authorized first.
 */
const noProbe: Record<string, string> = {};
const because = (reason: string, names: string[]) => names.forEach((name) => (noProbe[name] = reason));
because("a write, refused to another post's officer in authorization.test.ts", ["updateWorker", "patchWorker", "changeWorkerStatus", "transferWorker", "issueAccessCode", "createWorker"]);
because("a write, refused to another post's officer in course-authorization.test.ts", ["createCourse", "updateCourse", "patchCourse", "enrolWorker", "setEnrolmentOutcome", "revokeCertificate", "recordAttendance"]);
because("a write, refused to another post's officer in case-authorization.test.ts", [
  "createCase", "moveCase", "addCaseNote", "assignCase", "transferCase", "recordCasePayment", "setCaseSensitive", "confirmCase", "addCaseAttachments", "getCaseAttachment",
]);
because("a write, refused to another post's officer in imports-authorization.test.ts", ["startImport", "confirmImport", "storeImportFile"]);
because("counts through caseVisibility, the scope listCases is probed with", ["countOverdueCases"]);
because("ranks agencies by the cases reportWhere keeps, the scope getCaseReport is probed with", ["rankAgencies"]);
because("the worker's own records, from the portal session (portal-enrolments.test.ts, certificates through the portal)", [
  "listPortalEnrolments", "listPortalNotifications", "markPortalNotificationsSeen", "getPortalCertificate", "listPortalCases", "lodgePortalComplaint", "signInToPortal", "portalActorForToken", "endPortalSession",
]);
because("a public complaint, held by the ministry until routed", ["lodgeFamilyComplaint"]);
because("accounts, sessions and sign-in: held by no post", [
  "authenticateStaff", "actorForSession", "listUsers", "countUsersByRole", "getUser", "createUser", "updateUser", "resetUserPassword", "resetUserTwoFactor", "setUserActive", "changeOwnPassword",
  "listApiTokens", "issueApiToken", "revokeApiToken", "revokeTokensOf", "actorForApiToken", "startStaffSession", "openSession", "endStaffSession", "endSessionsOf", "signInStaff",
  "getTwoFactorStatus", "startTwoFactorEnrolment", "confirmTwoFactorEnrolment", "replaceRecoveryCodes", "checkSecondFactor", "listRecentSignInFailures", "getAdminHome", "listPosts", "countPosts",
  "throttleStatus", "recordFailure", "clearFailures", "throttledSignIn", "emailDigest", "recordSignInFailure", "recordDenial",
]);
because("national reference data the ministry keeps: held by no post", [
  "listPublishedSources", "getPublishedSource", "savePublishedSource", "correctPublishedSource", "setPublishedSourceRetired", "importPublishedFigures", "setReferenceSource", "saveQuota",
  "listCurrencyRates", "setCurrencyRate", "listAgencyChoices", "listAgencies", "createAgency", "updateAgency", "getCaseSettings", "updateCaseSettings", "listProvinces", "listCountries",
]);
because("the permission checks themselves, each data function's first step (authorize.test.ts; reportScope is the reports' authorize)", [
  "authorize", "authorizeOwnAccount", "authorizePortal", "reportScope",
]);
because("takes no actor: a step of a function that authorized first, given its scope", [
  "countriesInScope", "recordAudit", "lockCourse", "placesHeld", "promoteFromWaitlist", "waitlistRank", "caseVisibility", "hiddenSensitiveCases",
  "caseFilters", "caseDeadlines", "overdueOf", "overdueWhere", "insertCase", "attachmentType", "checkAttachments", "insertAttachments",
  "flagLikelyDuplicate", "clearDuplicateFlag", "findLikelyDuplicates", "toWorkerCourse", "toWorkerDetail", "deploymentsInYear", "parseListQuery", "postHomeFilters", "accessCodeValidUntil",
  "encodeCursor", "decodeCursor", "violatesUnique", "claimIdempotencyKey", "keepIdempotentAnswer", "releaseIdempotencyKey",
]);
because("the import job's own machinery, run for a job already authorized when it was queued (import-rights.test.ts re-checks the uploader)", [
  "writeBatch", "loadReferences", "stageFile", "workerIdentity", "claimImportJob", "runImportJob", "processImportJob", "startImportWorker", "wakeImportWorker",
  "cleanFileName", "discardImportFile", "purgeImportFiles", "storedImportFile",
]);
because("reads the tallies against the rows for every post, for the operators' check, not for a person", ["findTallyDrift"]);

describe("every function lib/data exports", () => {
  it("is probed for post scope or named with the reason it needs none", async () => {
    const dir = import.meta.dirname;
    const files = readdirSync(dir).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
    const exported: string[] = [];
    for (const file of files) {
      const exports: Record<string, unknown> = await import(path.join(dir, file));
      for (const [name, value] of Object.entries(exports)) if (typeof value === "function") exported.push(name);
    }
    expect(exported.length).toBeGreaterThan(100);
    expect(exported.filter((name) => !(name in probes) && !(name in noProbe))).toEqual([]);
    // Nothing listed that no longer exists.
    expect([...Object.keys(probes), ...Object.keys(noProbe)].filter((name) => !exported.includes(name))).toEqual([]);
  });
});

type Seen = "shown" | "not shown" | "refused";

async function seen(probe: Probe, actor: Actor): Promise<Seen> {
  try {
    return (await probe.shows(actor)) ? "shown" : "not shown";
  } catch (error) {
    if (error instanceof AppError && ["FORBIDDEN", "NOT_FOUND"].includes(error.code)) return "refused";
    throw error;
  }
}

const cells = Object.keys(probes).flatMap((name) =>
  (["bangkokOfficer", "seoulOfficer", "officerWithoutPost", "ministry", "admin"] as const).map((who) => ({ name, who })),
);

describe("post scope, function by function", () => {
  it.each(cells)("$name as $who", async ({ name, who }) => {
    const probe = probes[name];
    const actor = actors[who];
    const entitled = can(actor, probe.action, held.postId);
    const outcome = await seen(probe, actor);
    // Bangkok's records are shown exactly to those the matrix gives them to; to anyone else the
    // function refuses or answers without them.
    expect(outcome === "shown").toBe(entitled);
  });

  it("never shows Bangkok's records to another post's officer or an officer without a post", async () => {
    const outsiders = [actors.seoulOfficer, actors.officerWithoutPost];
    const shown = [];
    for (const [name, probe] of Object.entries(probes)) for (const actor of outsiders) if ((await seen(probe, actor)) === "shown") shown.push(name);
    expect(shown).toEqual([]);
  });
});
