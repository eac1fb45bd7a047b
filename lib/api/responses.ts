import { z } from "zod";
import { APP_ERROR_CODES } from "@/lib/errors";
import { COURSE_STATUSES, ENROLMENT_STATUSES } from "@/lib/schemas/course";
import { BREAKDOWN_DIMENSIONS } from "@/lib/schemas/reports";
import { calendarDate, instant, passportMasked } from "@/lib/schemas/wire";
import { SCHEMES, SECTORS, SEXES, WORKER_STATUSES } from "@/lib/schemas/worker";
import { WorkerListItem } from "@/lib/schemas/worker-list";

/**
 * What the API answers, as zod codecs: the route handler encodes every response with them, so the
 * OpenAPI document generated from them is the wire format. Objects are strict: a field the data
 * layer starts returning fails the API's tests until it is described here.
 */

const sex = z.enum(SEXES);
const sector = z.enum(SECTORS);
const scheme = z.enum(SCHEMES);
const status = z.enum(WORKER_STATUSES);
const workers = z.int().nonnegative();
const version = z.int().positive().meta({ description: "Send it back with a change; a stale one is a CONFLICT" });
// The list's item is the data layer's own type too, so it is defined once, beside the list's query.
export { WorkerListItem };

export const WorkerList = z.strictObject({
  items: z.array(WorkerListItem),
  nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
});

const place = z.strictObject({ code: z.string(), nameEn: z.string(), nameKm: z.string() });

export const WorkerDetail = z.strictObject({
  id: z.uuid(),
  registrationNo: z.string(),
  fullName: z.string(),
  fullNameKm: z.string().nullable(),
  sex,
  dateOfBirth: calendarDate,
  passportMasked,
  phone: z.string().nullable(),
  provinceCode: z.string(),
  province: place,
  destinationCountry: z.string(),
  country: place,
  post: z.strictObject({ id: z.uuid(), name: z.string() }).nullable().meta({ description: "Null where the ministry covers the country itself" }),
  employer: z.string().nullable(),
  sector,
  scheme,
  status,
  deployedOn: calendarDate.nullable(),
  contractEnd: calendarDate.nullable(),
  returnedOn: calendarDate.nullable(),
  version,
  createdAt: instant,
  updatedAt: instant,
  updatedById: z.uuid().nullable(),
});

export const CreatedWorker = z.strictObject({ id: z.uuid(), registrationNo: z.string() });

export const TransferredWorker = z.strictObject({
  version: z.int().positive(),
  postId: z.uuid().nullable().meta({ description: "The post that now holds the record; null where the ministry does" }),
});

export const PublishedSource = z.strictObject({
  id: z.string().meta({ description: "A short stable key, e.g. molvt-2021" }),
  title: z.string(),
  publishedOn: calendarDate,
  asOf: calendarDate.meta({ description: "The day the figures describe" }),
  note: z.string().nullable(),
  official: z.boolean().meta({ description: "Published by the ministry itself" }),
  retiredAt: instant.nullable().meta({ description: "When the source was taken out of the reports; null while it counts" }),
  version,
  updatedAt: instant,
  figures: z.array(z.strictObject({ countryCode: z.string(), workers, note: z.string().nullable() })),
});

export const PublishedSourceList = z.strictObject({
  items: z.array(PublishedSource).meta({ description: "Newest first, retired sources last" }),
});

export const PublishedImportResult = z.strictObject({
  created: z.array(z.string()).meta({ description: "Ids of the sources the file adds" }),
  updated: z.array(z.string()).meta({ description: "Ids of the sources on record the file replaces" }),
  problems: z
    .array(z.strictObject({ line: z.int().positive(), message: z.string().meta({ description: "In English" }) }))
    .meta({ description: "Every row that stops the import; when there is any, nothing is saved" }),
  dryRun: z.boolean().meta({ description: "True: nothing was saved, this is what an import would do" }),
});

export const Quota = z.strictObject({ id: z.uuid(), countryCode: z.string(), year: z.int(), workers, note: z.string().nullable(), version });

export const QuotaList = z.strictObject({
  year: z.int(),
  rows: z.array(
    z.strictObject({
      country: z.string(),
      nameEn: z.string(),
      nameKm: z.string(),
      year: z.int(),
      quota: Quota.nullable().meta({ description: "Null while no quota is set for the year" }),
      deployed: workers.meta({ description: "Workers deployed to the destination in the year" }),
      utilisation: z.number().nullable().meta({ description: "deployed ÷ quota; null without a quota above zero" }),
    }),
  ),
});

export const SavedQuota = z.strictObject({ id: z.uuid(), version: z.int().positive() });

const comparison = z.strictObject({
  sourceId: z.string(),
  title: z.string(),
  publishedOn: calendarDate,
  asOf: calendarDate,
  official: z.boolean().meta({ description: "Published by the ministry itself" }),
  workers: workers.meta({ description: "The published figure" }),
  gap: z.int().meta({ description: "Registered minus published" }),
  coverage: z.number().nullable().meta({ description: "Registered ÷ published; null for a published zero" }),
});

export const DestinationReport = z.strictObject({
  asOf: instant,
  rows: z.array(
    z.strictObject({
      country: z.string(),
      nameEn: z.string(),
      nameKm: z.string(),
      registered: workers.meta({ description: "Workers registered as deployed there now" }),
      reference: z
        .strictObject({
          ...comparison.shape,
          basis: z.enum(["chosen", "newestOfficial"]).meta({ description: "chosen: by ministry staff; newestOfficial: the ministry's newest official source giving one (the default)" }),
        })
        .nullable()
        .meta({ description: "The destination's headline figure; null when no official source covers it and none was chosen" }),
      published: z.array(comparison).meta({ description: "Every published figure for the destination from a source not retired, the reference among them" }),
    }),
  ),
  total: z.strictObject({
    registered: workers,
    reference: z
      .strictObject({
        workers: workers.meta({ description: "The sum of the reference figures" }),
        registered: workers.meta({ description: "Registered workers of the destinations with a reference figure" }),
        gap: z.int(),
        coverage: z.number().nullable(),
        countries: z.array(z.string()).meta({ description: "The destinations with a reference figure" }),
        sources: z.array(z.strictObject({ sourceId: z.string(), title: z.string() })).meta({ description: "The sources the reference figures come from" }),
      })
      .nullable(),
    published: z
      .array(z.strictObject({ ...comparison.shape, countries: z.array(z.string()).meta({ description: "The destinations it gives a figure for" }) }))
      .meta({ description: "Per source covering more than one destination: its total against the registered workers of the destinations it covers" }),
  }),
});

export const Breakdown = z.strictObject({
  asOf: instant,
  by: z.enum(BREAKDOWN_DIMENSIONS),
  country: z.string().nullable(),
  status: status.nullable(),
  rows: z.array(z.strictObject({ key: z.string().meta({ description: "The sector, sex, province code, scheme or status" }), workers })),
  total: workers,
});

export const MonthlySeries = z.strictObject({
  asOf: instant,
  country: z.string().nullable(),
  from: z.string().meta({ description: "YYYY-MM" }),
  to: z.string().meta({ description: "YYYY-MM" }),
  months: z.array(z.strictObject({ month: z.string().meta({ description: "YYYY-MM" }), deployed: workers, returned: workers })),
});

const courseStatus = z.enum(COURSE_STATUSES);
const enrolmentStatus = z.enum(ENROLMENT_STATUSES);
const waitlistRank = z.int().positive().nullable().meta({ description: "Place on the wait-list, 1 moving up first; null unless WAITLISTED" });

export const CourseSummary = z.strictObject({
  id: z.uuid(),
  titleEn: z.string(),
  titleKm: z.string(),
  provider: z.string(),
  place: z.string(),
  startsOn: calendarDate,
  endsOn: calendarDate,
  capacity: z.int().positive().meta({ description: "Places: no more workers are ENROLLED (or COMPLETED) at once" }),
  enrolmentDeadline: calendarDate.nullable(),
  minAttendancePercent: z.int().min(1).max(100).meta({ description: "Least share of the course's days (first to last) a worker must be recorded present on to complete it" }),
  status: courseStatus,
  enrolled: workers,
  waitlisted: workers,
  completed: workers,
});

export const CourseList = z.strictObject({
  items: z.array(CourseSummary).meta({ description: "Latest start first" }),
  total: workers.meta({ description: "Courses matching the filters, over all pages" }),
  page: z.int().positive(),
  pageSize: z.int().positive(),
});

export const CourseDetail = z.strictObject({ ...CourseSummary.shape, scheduleNote: z.string().nullable(), version });

export const RosterEntry = z.strictObject({
  id: z.uuid(),
  workerId: z.uuid(),
  registrationNo: z.string(),
  fullName: z.string(),
  fullNameKm: z.string().nullable(),
  status: enrolmentStatus,
  waitlistRank,
  certificateNo: z.string().nullable(),
  completedOn: calendarDate.nullable(),
  certificateRevokedOn: calendarDate.nullable().meta({ description: "Set when the certificate was revoked; it is then no proof of completion" }),
  certificateRevokedReason: z.string().nullable(),
  version,
  attendance: z.array(z.strictObject({ day: calendarDate, present: z.boolean() })),
});

export const Roster = z.strictObject({
  items: z.array(RosterEntry).meta({ description: "Enrolled, completed and no-show first in arrival order, then the wait-list in order, then withdrawals" }),
});

export const NewEnrolment = z.strictObject({ id: z.uuid(), workerId: z.uuid(), status: z.enum(["ENROLLED", "WAITLISTED"]), waitlistRank });

export const EnrolmentOutcome = z.strictObject({
  version: z.int().positive(),
  certificateNo: z.string().optional().meta({ description: "On completion: the certificate number issued, e.g. CERT-2026-000042" }),
  promoted: z.uuid().optional().meta({ description: "The wait-listed enrolment that moved up into the place freed" }),
});

export const EnrolmentState = z.strictObject({ id: z.uuid(), status: enrolmentStatus, certificateNo: z.string().nullable(), completedOn: calendarDate.nullable(), version });

export const PortalEnrolment = z.strictObject({
  id: z.uuid(),
  course: CourseDetail.pick({ titleEn: true, titleKm: true, provider: true, place: true, startsOn: true, endsOn: true, scheduleNote: true, status: true }),
  status: enrolmentStatus,
  waitlistRank,
  daysPresent: z.int().nonnegative(),
  daysAbsent: z.int().nonnegative(),
  certificateNo: z.string().nullable().meta({ description: "Once the course is COMPLETED" }),
  completedOn: calendarDate.nullable(),
  certificateRevokedOn: calendarDate.nullable().meta({ description: "Set when the certificate was revoked" }),
});

export const PortalEnrolmentList = z.strictObject({
  items: z.array(PortalEnrolment).meta({ description: "Only the signed-in worker's own, latest course first" }),
});

const count = z.int().nonnegative();

export const ImportJob = z.strictObject({
  id: z.uuid(),
  fileName: z.string(),
  format: z.enum(["CSV", "XLSX"]),
  dryRun: z.boolean().meta({ description: "True: every row was checked and nothing changed" }),
  status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"]),
  phase: z.enum(["READING", "WRITING"]).nullable().meta({ description: "While running: reading the file, then checking and writing its rows" }),
  post: z.strictObject({ id: z.uuid(), name: z.string() }).nullable().meta({ description: "The post imported for; null: every destination" }),
  rowsRead: count.meta({ description: "Rows of the file under its header (known once the file is read)" }),
  rowsDone: count.meta({ description: "Rows checked and written so far" }),
  created: count.meta({ description: "New workers (on a dry run: that would be)" }),
  updated: count.meta({ description: "Registered workers, matched by passport, that the file changes" }),
  unchanged: count.meta({ description: "Registered workers the file gives as they are" }),
  rejected: count.meta({ description: "Rows refused; GET rejected.csv gives them with their reasons" }),
  progress: z.number().min(0).max(1),
  rowsPerSecond: z.number().nullable(),
  error: z
    .strictObject({ message: z.string().meta({ description: "In English" }) })
    .nullable()
    .meta({ description: "Why a failed job stopped: a problem with the file as a whole, such as a missing column" }),
  columns: z
    .strictObject({
      read: z.array(z.strictObject({ field: z.string(), header: z.string() })),
      ignored: z.array(z.string()).meta({ description: "Header texts that name no column of the template" }),
    })
    .nullable(),
  importedAs: z.uuid().nullable().meta({ description: "For a dry run: the id of the import of the same file, once started" }),
  createdAt: instant,
  startedAt: instant.nullable(),
  finishedAt: instant.nullable(),
});

export const ImportList = z.strictObject({
  items: z.array(ImportJob),
  nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
});

/** Matches held by another post name only the post, never the person. */
export const LikelyDuplicate = z.discriminatedUnion("inScope", [
  z.strictObject({
    inScope: z.literal(true),
    id: z.uuid(),
    registrationNo: z.string(),
    fullName: z.string(),
    fullNameKm: z.string().nullable(),
    dateOfBirth: calendarDate,
    reason: z.enum(["name", "phone"]),
  }),
  z.strictObject({ inScope: z.literal(false), postName: z.string().nullable(), reason: z.enum(["name", "phone"]) }),
]);

export const ApiError = z.strictObject({
  error: z.strictObject({
    code: z.enum([...APP_ERROR_CODES, "INTERNAL"]),
    message: z.string().meta({ description: "In English" }),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .meta({ description: "Field name (`_form` for the whole input) to what is wrong with it, in English" }),
    current: z.union([WorkerDetail, PublishedSource, Quota, CourseDetail, EnrolmentState]).optional().meta({ description: "On CONFLICT: the record as it is now" }),
    duplicates: z.array(LikelyDuplicate).optional().meta({ description: "On DUPLICATE: send again with `confirmDuplicate: true` to register anyway" }),
    requestId: z.string().optional().meta({ description: "On INTERNAL: quote it when reporting the problem" }),
  }),
});
export type ApiError = z.output<typeof ApiError>;

export const OpenApiDocument = z.record(z.string(), z.unknown());
