import { z } from "zod";
import { mergePatchSchema } from "./merge-patch";
import { blankToUndefined, isoDate, optionalIsoDate, optionalText, queryInteger, recordVersion, requiredText, searchText } from "./common";

export const COURSE_STATUSES = ["PLANNED", "OPEN", "RUNNING", "FINISHED", "CANCELLED"] as const;
export const ENROLMENT_STATUSES = ["ENROLLED", "WAITLISTED", "COMPLETED", "WITHDRAWN", "NO_SHOW"] as const;
/** What an officer can record about an enrolment; ENROLLED and WAITLISTED come from enrolling. */
const ENROLMENT_OUTCOMES = ["WITHDRAWN", "COMPLETED", "NO_SHOW"] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** The most places one course can have: more than any classroom the posts use. */
const MAX_CAPACITY = 500;
export const COURSE_PAGE_SIZE = 25;

const courseStatus = z.enum(COURSE_STATUSES, { error: "validation.choose" });

/** The least share of the course's days a worker must be present on to complete it, in whole per cent. */
const minAttendancePercent = z
  .int({ error: "courses.errors.minAttendance" })
  .min(1, "courses.errors.minAttendance")
  .max(100, "courses.errors.minAttendance")
  .meta({ description: "Least share of the course's days (first to last, each counted) recorded present to complete it, in per cent" });
export const DEFAULT_MIN_ATTENDANCE_PERCENT = 80;

const courseFields = {
  titleEn: requiredText(200),
  titleKm: requiredText(200),
  provider: requiredText(200),
  place: requiredText(200),
  startsOn: isoDate,
  endsOn: isoDate,
  scheduleNote: optionalText(1000),
  capacity: z
    .int({ error: "courses.errors.capacity" })
    .min(1, "courses.errors.capacity")
    .max(MAX_CAPACITY, "courses.errors.capacity"),
  enrolmentDeadline: optionalIsoDate,
};

type Dated = { startsOn: Date; endsOn: Date; enrolmentDeadline?: Date };

function checkDates(course: Dated, ctx: z.RefinementCtx) {
  if (course.endsOn < course.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "courses.errors.endsBeforeStart" });
  if (course.enrolmentDeadline && course.enrolmentDeadline > course.endsOn) {
    ctx.addIssue({ code: "custom", path: ["enrolmentDeadline"], message: "courses.errors.deadlineAfterEnd" });
  }
}

/** A new course of the officer's post; it is planned unless said otherwise. */
export const CourseInput = z
  .object({
    ...courseFields,
    status: z.preprocess(blankToUndefined, courseStatus.default("PLANNED")),
    minAttendancePercent: minAttendancePercent.default(DEFAULT_MIN_ATTENDANCE_PERCENT),
  })
  .strict()
  .superRefine(checkDates);
export type CourseInput = z.infer<typeof CourseInput>;

/**
 * A course as edited, whole, as of the version the officer saw; the status is always sent. The
 * attendance rule, when left out (a client older than it), stays as it is.
 */
export const CourseUpdateInput = z
  .object({ ...courseFields, status: courseStatus, minAttendancePercent: minAttendancePercent.optional(), version: recordVersion })
  .strict()
  .superRefine(checkDates);
export type CourseUpdateInput = z.infer<typeof CourseUpdateInput>;

/** Fields an edit may empty; the others a course always has. */
export const CLEARABLE_COURSE_FIELDS = ["scheduleNote", "enrolmentDeadline"] as const;

/** An edit as a JSON Merge Patch (PATCH /api/v1/courses/{id}): only the fields to change. */
export const CoursePatch = mergePatchSchema(CourseUpdateInput, CLEARABLE_COURSE_FIELDS);

/** The course list's filters and page, as in the URL and in GET /api/v1/courses. */
export const CourseListQuery = z
  .object({
    status: z.preprocess(blankToUndefined, courseStatus.optional()),
    q: searchText,
    from: optionalIsoDate.meta({ description: "Courses still running on or after this day" }),
    to: optionalIsoDate.meta({ description: "Courses starting on or before this day" }),
    page: z.preprocess(blankToUndefined, queryInteger(1, 100_000).default(1)),
  })
  .strict();
export type CourseListQuery = z.infer<typeof CourseListQuery>;

export const EnrolInput = z.object({ workerId: z.uuid({ error: "validation.choose" }) }).strict();
export type EnrolInput = z.infer<typeof EnrolInput>;

export const EnrolmentOutcomeInput = z
  .object({ outcome: z.enum(ENROLMENT_OUTCOMES, { error: "validation.choose" }), version: recordVersion })
  .strict();
export type EnrolmentOutcomeInput = z.infer<typeof EnrolmentOutcomeInput>;

/** Withdraws an issued certificate, as of the enrolment's version; the reason is kept and shown. */
export const CertificateRevocationInput = z.object({ reason: requiredText(500), version: recordVersion }).strict();
export type CertificateRevocationInput = z.infer<typeof CertificateRevocationInput>;

/**
 * One day's attendance: the enrolments present; every other enrolled worker was absent. A single
 * id (one checkbox ticked in a form) is taken as a list of one.
 */
export const AttendanceInput = z
  .object({
    day: isoDate,
    present: z.preprocess(
      (value) => (value === undefined || value === "" ? [] : typeof value === "string" ? [value] : value),
      z.array(z.uuid({ error: "validation.invalid" })).max(MAX_CAPACITY),
    ),
  })
  .strict();
export type AttendanceInput = z.infer<typeof AttendanceInput>;
