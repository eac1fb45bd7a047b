import { z } from "zod";
import type { Action } from "@/lib/auth/permissions";
import type { AppErrorCode } from "@/lib/errors";
import { CertificateRevocationInput, CourseInput, CourseListQuery, CoursePatch, EnrolInput, EnrolmentOutcomeInput } from "@/lib/schemas/course";
import {
  SOURCE_ID_PATTERN,
  BreakdownQuery,
  MonthlyQuery,
  PublishedImportInput,
  PublishedSourceCorrection,
  PublishedSourceInput,
  QuotaInput,
  QuotaQuery,
} from "@/lib/schemas/reports";
import { ImportListQuery, ImportUpload } from "@/lib/schemas/imports";
import { StatusChangeInput, TransferInput, WorkerInput, WorkerPatch } from "@/lib/schemas/worker";
import { WorkerListQuery } from "@/lib/schemas/worker-list";
import {
  Breakdown,
  CourseDetail,
  CourseList,
  CreatedWorker,
  DestinationReport,
  EnrolmentOutcome,
  ImportJob,
  ImportList,
  MonthlySeries,
  NewEnrolment,
  OpenApiDocument,
  PortalEnrolmentList,
  PublishedImportResult,
  PublishedSource,
  PublishedSourceList,
  QuotaList,
  Roster,
  SavedQuota,
  TransferredWorker,
  WorkerDetail,
  WorkerList,
} from "./responses";

/**
 * Every endpoint of /api/v1, described once: the route handlers answer with `response` and
 * `status` from here, and the OpenAPI document is generated from the same entries. Bodies and
 * query parameters are the lib/schemas inputs, which the lib/data functions validate themselves.
 */
export type Endpoint = {
  method: "GET" | "POST" | "PATCH" | "PUT";
  /** Relative to /api/v1, with OpenAPI's {param} placeholders. */
  path: string;
  /** The group the document lists it under. */
  tag: Tag;
  summary: string;
  /**
   * What the caller must be allowed to do (lib/auth/permissions.ts): refused (403) before the
   * request is read further. The lib/data function checks it again, with the record's scope.
   */
  permission?: Action;
  /** More than the summary, where a client needs it; the summary otherwise. */
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  status: 200 | 201;
  response: z.ZodType;
  /** The expected refusals, beyond a malformed request and an unexpected failure. */
  errors: AppErrorCode[];
  /** Readable without signing in. */
  public?: true;
  /** Called by a worker signed in to the portal (its session cookie), not by staff. */
  audience?: "portal";
  /** The body is multipart/form-data: `body` describes its fields and file; the handler streams the parts. */
  multipart?: true;
  /** Answers a file of this type rather than JSON; `response` describes its content. */
  file?: { contentType: string };
  /** The answer is one record: its `version` goes out as the ETag, which If-Match may name on a PATCH or PUT. */
  etag?: true;
  /** A 201's Location: where the record created lives, relative to /api/v1. */
  location?: (created: { id: string }, params: Record<string, string>) => string;
  /** Cache-Control of a success; without it nothing is kept (no-store). */
  cache?: string;
  /** An Idempotency-Key header makes a retry of the same request return the first answer. */
  idempotent?: true;
};

/** Where the API is served; every path above is relative to it. */
export const API_BASE = "/api/v1";

export const TAGS = {
  Workers: "The register: workers of the caller's post (officers) or of every post (ministry staff), passports masked",
  Reports: "Counts across the register, for ministry staff and each post",
  "Published figures": "Figures the ministry and others published, set beside the register",
  Quotas: "Yearly quotas per destination",
  Courses: "Pre-departure and in-country training courses of a post, with their enrolments",
  Imports: "Bulk imports of workers from CSV or XLSX files, as jobs",
  Portal: "The workers' own portal",
  "API description": "This document",
} as const;
type Tag = keyof typeof TAGS;

const workerId = z.object({ id: z.uuid().meta({ description: "The worker's id" }) });
const sourceId = z.object({ id: z.string().regex(SOURCE_ID_PATTERN).meta({ description: "The source's id, e.g. molvt-2021" }) });
const courseId = z.object({ id: z.uuid().meta({ description: "The course's id" }) });
const enrolmentIds = z.object({
  id: z.uuid().meta({ description: "The course's id" }),
  enrolmentId: z.uuid().meta({ description: "The enrolment's id" }),
});
const importId = z.object({ id: z.uuid().meta({ description: "The import's id" }) });
const signedIn: AppErrorCode[] = ["UNAUTHENTICATED", "FORBIDDEN"];

export const endpoints = {
  listWorkers: {
    method: "GET",
    path: "/workers",
    tag: "Workers",
    permission: "worker.read",
    summary: "The workers the caller may see, filtered and sorted, one page at a time (passports masked)",
    query: WorkerListQuery,
    status: 200,
    response: WorkerList,
    errors: [...signedIn, "VALIDATION"],
  },
  createWorker: {
    method: "POST",
    path: "/workers",
    tag: "Workers",
    permission: "worker.create",
    summary: "Registers a worker for the caller's post; likely duplicates are refused until confirmed",
    body: WorkerInput,
    status: 201,
    response: CreatedWorker,
    errors: [...signedIn, "VALIDATION", "DUPLICATE"],
    location: ({ id }) => `/workers/${id}`,
    idempotent: true,
  },
  getWorker: {
    method: "GET",
    path: "/workers/{id}",
    tag: "Workers",
    permission: "worker.read",
    summary: "One worker's record (passport masked)",
    params: workerId,
    status: 200,
    response: WorkerDetail,
    errors: [...signedIn, "NOT_FOUND"],
    etag: true,
  },
  updateWorker: {
    method: "PATCH",
    path: "/workers/{id}",
    tag: "Workers",
    permission: "worker.update",
    summary: "Corrects a record as of the version the caller saw; answers the record as saved",
    params: workerId,
    body: WorkerPatch,
    status: 200,
    response: WorkerDetail,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
    etag: true,
  },
  transferWorker: {
    method: "POST",
    path: "/workers/{id}/transfer",
    tag: "Workers",
    permission: "worker.transfer",
    summary: "Moves a worker to another destination and so to the post that covers it",
    params: workerId,
    body: TransferInput,
    status: 200,
    // Not the record: once transferred it usually lies outside the caller's post.
    response: TransferredWorker,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
  },
  changeWorkerStatus: {
    method: "POST",
    path: "/workers/{id}/status",
    tag: "Workers",
    permission: "worker.update",
    summary: "Moves a worker to the next status of their life abroad; answers the record as saved",
    params: workerId,
    body: StatusChangeInput,
    status: 200,
    response: WorkerDetail,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
    etag: true,
  },
  destinationReport: {
    method: "GET",
    path: "/reports/destinations",
    tag: "Reports",
    permission: "report.read",
    summary: "Per destination, the workers registered as deployed beside every current published figure, with the gap and coverage",
    status: 200,
    response: DestinationReport,
    errors: signedIn,
  },
  breakdownReport: {
    method: "GET",
    path: "/reports/breakdown",
    tag: "Reports",
    permission: "report.read",
    summary: "Registered workers by sector, sex, province of origin, scheme or status, for one destination or all",
    query: BreakdownQuery,
    status: 200,
    response: Breakdown,
    errors: [...signedIn, "VALIDATION"],
  },
  monthlyReport: {
    method: "GET",
    path: "/reports/monthly",
    tag: "Reports",
    permission: "report.read",
    summary: "Deployments and returns per month (by the workers' dates); the last two years unless a range is given",
    query: MonthlyQuery,
    status: 200,
    response: MonthlySeries,
    errors: [...signedIn, "VALIDATION"],
  },
  listPublishedSources: {
    method: "GET",
    path: "/published-figures",
    tag: "Published figures",
    permission: "report.read",
    summary: "Every published source with its per-country figures, retired ones included",
    status: 200,
    response: PublishedSourceList,
    errors: signedIn,
  },
  createPublishedSource: {
    method: "POST",
    path: "/published-figures",
    tag: "Published figures",
    permission: "publishedFigure.manage",
    summary: "Records a published source with its per-country figures (ministry staff); an id already on record is refused unless `version` is given, which corrects it as PUT does",
    body: PublishedSourceInput,
    status: 201,
    response: PublishedSource,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
    etag: true,
    location: ({ id }) => `/published-figures/${id}`,
    idempotent: true,
  },
  getPublishedSource: {
    method: "GET",
    path: "/published-figures/{id}",
    tag: "Published figures",
    permission: "report.read",
    summary: "One published source with its figures",
    params: sourceId,
    status: 200,
    response: PublishedSource,
    errors: [...signedIn, "NOT_FOUND"],
    etag: true,
  },
  correctPublishedSource: {
    method: "PUT",
    path: "/published-figures/{id}",
    tag: "Published figures",
    permission: "publishedFigure.manage",
    summary: "Corrects a source as of the version the caller saw; its figures are replaced whole",
    params: sourceId,
    body: PublishedSourceCorrection,
    status: 200,
    response: PublishedSource,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
    etag: true,
  },
  retirePublishedSource: {
    method: "POST",
    path: "/published-figures/{id}/retire",
    tag: "Published figures",
    permission: "publishedFigure.manage",
    summary: "Takes a source out of the reports; it stays on record",
    params: sourceId,
    status: 200,
    response: PublishedSource,
    errors: [...signedIn, "NOT_FOUND"],
    etag: true,
  },
  restorePublishedSource: {
    method: "POST",
    path: "/published-figures/{id}/restore",
    tag: "Published figures",
    permission: "publishedFigure.manage",
    summary: "Puts a retired source back into the reports",
    params: sourceId,
    status: 200,
    response: PublishedSource,
    errors: [...signedIn, "NOT_FOUND"],
    etag: true,
  },
  importPublishedFigures: {
    method: "POST",
    path: "/published-figures/import",
    tag: "Published figures",
    permission: "publishedFigure.manage",
    summary: "Imports sources from a file in the columns of published-totals.csv; nothing is saved on a dry run or when any row has a problem",
    body: PublishedImportInput,
    status: 200,
    response: PublishedImportResult,
    errors: [...signedIn, "VALIDATION"],
  },
  listQuotas: {
    method: "GET",
    path: "/quotas",
    tag: "Quotas",
    permission: "report.read",
    summary: "The quotas of a year (this year unless given) for the destinations in scope, with deployments that year and utilisation",
    query: QuotaQuery,
    status: 200,
    response: QuotaList,
    errors: [...signedIn, "VALIDATION"],
  },
  saveQuota: {
    method: "PUT",
    path: "/quotas",
    tag: "Quotas",
    permission: "quota.manage",
    summary: "Sets a destination's quota for a year (ministry staff); to correct one, send the version the caller saw",
    body: QuotaInput,
    status: 200,
    response: SavedQuota,
    errors: [...signedIn, "VALIDATION", "CONFLICT"],
  },
  listCourses: {
    method: "GET",
    path: "/courses",
    tag: "Courses",
    permission: "course.read",
    summary: "The courses of the caller's post (officers), filtered, latest start first, one page at a time",
    query: CourseListQuery,
    status: 200,
    response: CourseList,
    errors: [...signedIn, "VALIDATION"],
  },
  createCourse: {
    method: "POST",
    path: "/courses",
    tag: "Courses",
    permission: "course.manage",
    summary: "Creates a course for the caller's post; answers the course as saved",
    body: CourseInput,
    status: 201,
    response: CourseDetail,
    errors: [...signedIn, "VALIDATION"],
    etag: true,
    location: ({ id }) => `/courses/${id}`,
    idempotent: true,
  },
  getCourse: {
    method: "GET",
    path: "/courses/{id}",
    tag: "Courses",
    permission: "course.read",
    summary: "One course of the caller's post, with its places taken",
    params: courseId,
    status: 200,
    response: CourseDetail,
    errors: [...signedIn, "NOT_FOUND"],
    etag: true,
  },
  updateCourse: {
    method: "PATCH",
    path: "/courses/{id}",
    tag: "Courses",
    permission: "course.manage",
    summary:
      "Edits a course as of the version the caller saw; more places move wait-listed workers up, cancelling notifies every enrolled and wait-listed worker",
    params: courseId,
    body: CoursePatch,
    status: 200,
    response: CourseDetail,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
    etag: true,
  },
  listEnrolments: {
    method: "GET",
    path: "/courses/{id}/enrolments",
    tag: "Courses",
    permission: "course.read",
    summary: "The course's roster, with each enrolment's wait-list rank, certificate and attendance",
    params: courseId,
    status: 200,
    response: Roster,
    errors: [...signedIn, "NOT_FOUND"],
  },
  enrolWorker: {
    method: "POST",
    path: "/courses/{id}/enrolments",
    tag: "Courses",
    permission: "enrolment.manage",
    summary: "Enrols a worker of the caller's post: ENROLLED while places are free, WAITLISTED after that, in arrival order",
    params: courseId,
    body: EnrolInput,
    status: 201,
    response: NewEnrolment,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION"],
    location: ({ id }, params) => `/courses/${params.id}/enrolments/${id}`,
    idempotent: true,
  },
  setEnrolmentOutcome: {
    method: "PATCH",
    path: "/courses/{id}/enrolments/{enrolmentId}",
    tag: "Courses",
    permission: "enrolment.manage",
    summary: "Records a withdrawal, completion (issuing a certificate number) or no-show; a place freed goes to the first on the wait-list",
    params: enrolmentIds,
    body: EnrolmentOutcomeInput,
    status: 200,
    response: EnrolmentOutcome,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
  },
  revokeCertificate: {
    method: "POST",
    path: "/courses/{id}/enrolments/{enrolmentId}/certificate/revoke",
    tag: "Courses",
    permission: "enrolment.manage",
    summary: "Revokes the certificate of a completed enrolment, with a reason; it keeps its number and says it is revoked wherever it is opened",
    params: enrolmentIds,
    body: CertificateRevocationInput,
    status: 200,
    response: EnrolmentOutcome,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
  },
  listPortalEnrolments: {
    method: "GET",
    path: "/portal/enrolments",
    tag: "Portal",
    summary: "The signed-in worker's own training enrolments, latest course first (portal session)",
    status: 200,
    response: PortalEnrolmentList,
    errors: ["UNAUTHENTICATED"],
    audience: "portal",
  },
  listImports: {
    method: "GET",
    path: "/imports",
    tag: "Imports",
    permission: "worker.import",
    summary: "The imports the caller may see (an officer's post's; every one for administrators), newest first, a page at a time",
    query: ImportListQuery,
    status: 200,
    response: ImportList,
    errors: [...signedIn, "VALIDATION"],
  },
  createImport: {
    method: "POST",
    path: "/imports",
    tag: "Imports",
    permission: "worker.import",
    summary:
      "Uploads a CSV or XLSX file of workers (multipart/form-data, field `file`) and queues its import, a dry run unless `dryRun` is false; the same file for the same post while its job is still running returns that job",
    body: ImportUpload,
    multipart: true,
    status: 201,
    response: ImportJob,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION"],
    location: ({ id }) => `/imports/${id}`,
  },
  getImport: {
    method: "GET",
    path: "/imports/{id}",
    tag: "Imports",
    permission: "worker.import",
    summary: "An import's status, counts and progress (poll it while it runs)",
    params: importId,
    status: 200,
    response: ImportJob,
    errors: [...signedIn, "NOT_FOUND"],
  },
  confirmImport: {
    method: "POST",
    path: "/imports/{id}/run",
    tag: "Imports",
    permission: "worker.import",
    summary: "Imports for real the file of a dry run that succeeded, for the same post; answers the new job",
    params: importId,
    status: 201,
    response: ImportJob,
    errors: [...signedIn, "NOT_FOUND", "CONFLICT"],
    location: ({ id }) => `/imports/${id}`,
    idempotent: true,
  },
  rejectedRows: {
    method: "GET",
    path: "/imports/{id}/rejected.csv",
    tag: "Imports",
    permission: "worker.import",
    summary: "The rows the import refused, as CSV: line, every reason (in the caller's language), then the row's columns as the file had them",
    params: importId,
    status: 200,
    response: z.string().meta({ description: "CSV, UTF-8 with a BOM" }),
    file: { contentType: "text/csv; charset=utf-8" },
    errors: [...signedIn, "NOT_FOUND"],
  },
  openApi: {
    method: "GET",
    path: "/openapi.json",
    tag: "API description",
    summary: "This description of the API (OpenAPI 3.1)",
    status: 200,
    response: OpenApiDocument,
    errors: [],
    public: true,
    cache: "public, max-age=3600",
  },
} satisfies Record<string, Endpoint>;
