import "server-only";
import { db, type Prisma, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import { formatCertificateNo } from "@/lib/mask";
import { parseInput, startOfTodayUtc, UUID } from "@/lib/schemas/common";
import { completionBlocker, tallyAttendance } from "@/lib/course-completion";
import { AttendanceInput, CertificateRevocationInput, EnrolInput, EnrolmentOutcomeInput, type CourseStatus, type EnrolmentStatus } from "@/lib/schemas/course";
import { recordAudit } from "./audit";
import { authorize, type PostScope } from "./authorize";
import { HOLDS_A_PLACE, lockCourse, placesHeld, promoteFromWaitlist, QUEUED_ON_COURSE, waitlistRank, type LockedCourse } from "./course-places";

export type RosterEntry = {
  id: string;
  workerId: string;
  registrationNo: string;
  fullName: string;
  fullNameKm: string | null;
  status: EnrolmentStatus;
  /** 1 moves up first; null unless wait-listed. */
  waitlistRank: number | null;
  certificateNo: string | null;
  completedOn: Date | null;
  certificateRevokedOn: Date | null;
  certificateRevokedReason: string | null;
  version: number;
  attendance: { day: Date; present: boolean }[];
};

/** On the roster: those with a place (or who had one), then the wait-list in order, then those who withdrew. */
const rosterGroup: Record<EnrolmentStatus, number> = { ENROLLED: 0, COMPLETED: 0, NO_SHOW: 0, WAITLISTED: 1, WITHDRAWN: 2 };

/** A course's roster with each enrolment's attendance; NOT_FOUND outside the actor's post. */
export async function listEnrolments(actor: Actor | null, courseId: string): Promise<RosterEntry[]> {
  const { within } = authorize(actor, "course.read");
  const course = UUID.test(courseId) ? await db.course.findFirst({ where: { id: courseId, ...within.records }, select: { id: true } }) : null;
  if (!course) throw new AppError("NOT_FOUND");
  const enrolments = await db.enrolment.findMany({
    where: { courseId },
    orderBy: { queuePosition: "asc" },
    select: {
      id: true,
      workerId: true,
      status: true,
      certificateNo: true,
      completedOn: true,
      certificateRevokedOn: true,
      certificateRevokedReason: true,
      version: true,
      worker: { select: { registrationNo: true, fullName: true, fullNameKm: true } },
      attendance: { select: { day: true, present: true }, orderBy: { day: "asc" } },
    },
  });
  let rank = 0;
  return enrolments
    .sort((a, b) => rosterGroup[a.status] - rosterGroup[b.status])
    .map(({ worker, ...enrolment }) => ({ ...enrolment, ...worker, waitlistRank: enrolment.status === "WAITLISTED" ? ++rank : null }));
}

function takesEnrolments(course: LockedCourse, today: Date): boolean {
  if (course.status === "CANCELLED" || course.status === "FINISHED") return false;
  if (course.enrolmentDeadline && course.enrolmentDeadline < today) return false;
  return course.endsOn >= today;
}

/** Locks the worker's row too (after the course: one order everywhere), so two enrolments of one worker cannot both pass the overlap check. */
async function lockWorker(tx: Tx, workerId: string, within: PostScope): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Worker" WHERE id = ${workerId}::uuid AND ${within.sql()} FOR UPDATE`;
  return rows.length > 0;
}

/** Active enrolments hold the worker's days: one course at a time. A cancelled course holds nothing. */
async function overlappingCourse(tx: Tx, workerId: string, course: LockedCourse) {
  const other = await tx.enrolment.findFirst({
    where: {
      workerId,
      courseId: { not: course.id },
      status: { in: ["ENROLLED", "WAITLISTED", "COMPLETED"] },
      course: { status: { not: "CANCELLED" }, startsOn: { lte: course.endsOn }, endsOn: { gte: course.startsOn } },
    },
    select: { course: { select: { titleEn: true, titleKm: true } } },
  });
  return other?.course ?? null;
}

async function nextQueuePosition(tx: Tx): Promise<bigint> {
  const [{ next }] = await tx.$queryRaw<{ next: bigint }[]>`SELECT nextval(pg_get_serial_sequence('"Enrolment"', 'queuePosition')) AS next`;
  return next;
}

/**
 * Enrols a worker of the officer's post: ENROLLED while the course has a free place, WAITLISTED
 * after that, in arrival order. The course row is locked first, so however many officers enrol at
 * once, each counts the places after the previous one has written: no course is ever over capacity.
 * A worker who withdrew may come back: their enrolment is reused and joins the end of the line.
 */
export async function enrolWorker(
  actor: Actor | null,
  courseId: string,
  raw: unknown,
): Promise<{ id: string; workerId: string; status: "ENROLLED" | "WAITLISTED"; waitlistRank: number | null }> {
  const { actor: who, within } = authorize(actor, "enrolment.manage");
  const { workerId } = parseInput(EnrolInput, raw);
  return db.$transaction(async (tx) => {
    const course = await lockCourse(tx, courseId, within);
    if (!course || !(await lockWorker(tx, workerId, within))) throw new AppError("NOT_FOUND");
    if (!takesEnrolments(course, startOfTodayUtc())) throw fieldError("workerId", "courses.errors.closed");
    const existing = await tx.enrolment.findUnique({ where: { courseId_workerId: { courseId, workerId } }, select: { id: true, status: true } });
    if (existing && existing.status !== "WITHDRAWN") throw fieldError("workerId", "courses.errors.alreadyEnrolled");
    const overlap = await overlappingCourse(tx, workerId, course);
    if (overlap) throw fieldError("workerId", "courses.errors.overlap", { course: overlap.titleEn, courseKm: overlap.titleKm });

    const status = (await placesHeld(tx, courseId)) < course.capacity ? "ENROLLED" : "WAITLISTED";
    const enrolment = existing
      ? await tx.enrolment.update({
          where: { id: existing.id },
          data: { status, queuePosition: await nextQueuePosition(tx), version: { increment: 1 }, updatedById: who.id },
          select: { id: true, queuePosition: true },
        })
      : await tx.enrolment.create({
          data: { courseId, workerId, status, createdById: who.id, updatedById: who.id },
          select: { id: true, queuePosition: true },
        });
    await recordAudit(tx, who, {
      action: "enrolment.create",
      entityType: "Enrolment",
      entityId: enrolment.id,
      before: existing ? { status: existing.status } : undefined,
      after: { courseId, workerId, status },
    });
    const rank = status === "WAITLISTED" ? await waitlistRank(tx, courseId, enrolment.queuePosition) : null;
    return { id: enrolment.id, workerId, status, waitlistRank: rank };
  }, QUEUED_ON_COURSE);
}

/** Which outcome may be recorded from which status. */
const OUTCOME_FROM: Record<EnrolmentOutcomeInput["outcome"], readonly EnrolmentStatus[]> = {
  WITHDRAWN: ["ENROLLED", "WAITLISTED"],
  COMPLETED: ["ENROLLED"],
  NO_SHOW: ["ENROLLED"],
};

const outcomeAction = { WITHDRAWN: "enrolment.withdraw", COMPLETED: "enrolment.complete", NO_SHOW: "enrolment.noShow" } as const;

const stateFields = { id: true, workerId: true, status: true, certificateNo: true, completedOn: true, version: true } as const;

/**
 * Records how an enrolment ended: withdrawn, completed (with a certificate number the registry
 * issues, unique) or no-show. When an enrolled worker leaves, the first wait-listed worker moves
 * up in the same transaction. `courseId`, when given (the API's URL), must be the enrolment's course.
 */
export async function setEnrolmentOutcome(
  actor: Actor | null,
  enrolmentId: string,
  raw: unknown,
  { courseId }: { courseId?: string } = {},
): Promise<{ version: number; certificateNo?: string; promoted?: string }> {
  const { actor: who, within } = authorize(actor, "enrolment.manage");
  const input = parseInput(EnrolmentOutcomeInput, raw);
  const found = [enrolmentId, courseId ?? enrolmentId].every((id) => UUID.test(id))
    ? await db.enrolment.findFirst({ where: { id: enrolmentId, course: within.records, ...(courseId ? { courseId } : {}) }, select: { courseId: true } })
    : null;
  if (!found) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const course = await lockCourse(tx, found.courseId, within);
    if (!course) throw new AppError("NOT_FOUND");
    const { workerId, ...current } = await tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId }, select: stateFields });
    if (current.version !== input.version) throw new AppError("CONFLICT", "errors.CONFLICT", undefined, { current });
    if (!OUTCOME_FROM[input.outcome].includes(current.status)) throw fieldError("outcome", "courses.errors.outcomeNotAllowed");
    if (input.outcome !== "WITHDRAWN" && course.status === "CANCELLED") throw fieldError("outcome", "courses.errors.cancelled");
    if (input.outcome === "COMPLETED") await checkCompletion(tx, course, enrolmentId);

    const completion = input.outcome === "COMPLETED" ? await issueCertificate(tx) : null;
    await tx.enrolment.update({
      where: { id: enrolmentId },
      data: { status: input.outcome, ...completion, version: { increment: 1 }, updatedById: who.id },
      select: { id: true },
    });
    const freedAPlace = (HOLDS_A_PLACE as readonly string[]).includes(current.status) && input.outcome !== "COMPLETED";
    const [promoted] = freedAPlace ? await promoteFromWaitlist(tx, who, course) : [];
    await recordAudit(tx, who, {
      action: outcomeAction[input.outcome],
      entityType: "Enrolment",
      entityId: enrolmentId,
      before: { status: current.status },
      after: { status: input.outcome, courseId: course.id, workerId, ...completion, ...(promoted ? { promoted } : {}) },
    });
    return { version: current.version + 1, ...(completion ? { certificateNo: completion.certificateNo } : {}), ...(promoted ? { promoted } : {}) };
  }, QUEUED_ON_COURSE);
}

/**
 * A certificate says the worker took the course: refused before the course's last day, and when
 * the worker was recorded present on fewer of its days than the course's rule asks for.
 */
async function checkCompletion(tx: Tx, course: LockedCourse, enrolmentId: string): Promise<void> {
  const attendance = await tx.attendance.findMany({ where: { enrolmentId }, select: { day: true, present: true } });
  const tally = tallyAttendance(course, attendance);
  const blocker = completionBlocker(course, tally, startOfTodayUtc());
  if (blocker === "notEnded") throw fieldError("outcome", "courses.errors.notEnded");
  if (blocker === "attendanceShort") {
    throw fieldError("outcome", "courses.errors.attendanceShort", { present: tally.present, required: tally.required, days: tally.days, notRecorded: tally.notRecorded });
  }
}

/**
 * Revokes a certificate the post issued (issued in error, attendance found wrong). The enrolment
 * stays completed and the number stays taken; the certificate, wherever it is opened, says it is
 * revoked, since when and why. Only an officer of the post that held the course may do it.
 */
export async function revokeCertificate(
  actor: Actor | null,
  enrolmentId: string,
  raw: unknown,
  { courseId }: { courseId?: string } = {},
): Promise<{ version: number }> {
  const { actor: who, within } = authorize(actor, "enrolment.manage");
  const input = parseInput(CertificateRevocationInput, raw);
  if (![enrolmentId, courseId ?? enrolmentId].every((id) => UUID.test(id))) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const found = await tx.enrolment.findFirst({
      where: { id: enrolmentId, course: within.records, ...(courseId ? { courseId } : {}) },
      select: { ...stateFields, courseId: true, certificateRevokedOn: true },
    });
    if (!found) throw new AppError("NOT_FOUND");
    const { workerId, courseId: heldIn, certificateRevokedOn, ...current } = found;
    if (current.version !== input.version) throw new AppError("CONFLICT", "errors.CONFLICT", undefined, { current });
    if (current.status !== "COMPLETED" || !current.certificateNo || certificateRevokedOn) {
      throw fieldError("reason", "courses.errors.nothingToRevoke");
    }
    const revokedOn = startOfTodayUtc();
    // The version in the WHERE makes a concurrent change lose the race instead of being overwritten.
    const { count } = await tx.enrolment.updateMany({
      where: { id: enrolmentId, version: input.version },
      data: { certificateRevokedOn: revokedOn, certificateRevokedReason: input.reason, certificateRevokedById: who.id, version: { increment: 1 }, updatedById: who.id },
    });
    if (count === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, who, {
      action: "certificate.revoke",
      entityType: "Enrolment",
      entityId: enrolmentId,
      before: { certificateNo: current.certificateNo, revoked: false },
      after: { certificateNo: current.certificateNo, revoked: true, revokedOn, reason: input.reason, courseId: heldIn, workerId },
    });
    return { version: input.version + 1 };
  });
}

/** The next number of the one certificate sequence, so no two completions ever share one. */
async function issueCertificate(tx: Tx): Promise<{ certificateNo: string; completedOn: Date }> {
  const [{ next }] = await tx.$queryRaw<{ next: bigint }[]>`SELECT nextval('certificate_seq') AS next`;
  const completedOn = startOfTodayUtc();
  return { certificateNo: formatCertificateNo(completedOn, next), completedOn };
}

/**
 * One day's attendance for the course: the enrolments listed are present, every other enrolled
 * (or completed) worker absent. Recording a day again replaces what was recorded for it.
 */
export async function recordAttendance(actor: Actor | null, courseId: string, raw: unknown): Promise<{ day: Date; present: number; absent: number }> {
  const { actor: who, within } = authorize(actor, "enrolment.manage");
  const { day, present } = parseInput(AttendanceInput, raw);
  return db.$transaction(async (tx) => {
    const course = UUID.test(courseId)
      ? await tx.course.findFirst({ where: { id: courseId, ...within.records }, select: { status: true, startsOn: true, endsOn: true } })
      : null;
    if (!course) throw new AppError("NOT_FOUND");
    if (course.status === "CANCELLED") throw fieldError("day", "courses.errors.cancelled");
    if (day < course.startsOn || day > course.endsOn) throw fieldError("day", "courses.errors.dayOutsideCourse");
    if (day > startOfTodayUtc()) throw fieldError("day", "courses.errors.dayInFuture");
    const roster = await tx.enrolment.findMany({ where: { courseId, status: { in: [...HOLDS_A_PLACE] } }, select: { id: true } });
    const attending = new Set(roster.map((enrolment) => enrolment.id));
    if (present.some((id) => !attending.has(id))) throw fieldError("present", "courses.errors.notOnRoster");

    const here = new Set(present);
    await tx.attendance.deleteMany({ where: { day, enrolmentId: { in: [...attending] } } });
    await tx.attendance.createMany({ data: [...attending].map((enrolmentId) => ({ enrolmentId, day, present: here.has(enrolmentId), recordedById: who.id })) });
    const absent = [...attending].filter((id) => !here.has(id));
    await recordAudit(tx, who, { action: "course.attendance", entityType: "Course", entityId: courseId, after: { day, present: [...here], absent } });
    return { day, present: here.size, absent: absent.length };
  });
}

export type WorkerCourse = {
  enrolmentId: string;
  courseId: string;
  titleEn: string;
  titleKm: string;
  startsOn: Date;
  endsOn: Date;
  courseStatus: CourseStatus;
  status: EnrolmentStatus;
  certificateNo: string | null;
  certificateRevoked: boolean;
};

/** An enrolment as a worker's record lists it (lib/data/worker-record.ts reads it with the record). */
export const workerCourseSelect = {
  id: true,
  status: true,
  certificateNo: true,
  certificateRevokedOn: true,
  course: { select: { id: true, titleEn: true, titleKm: true, startsOn: true, endsOn: true, status: true } },
} satisfies Prisma.EnrolmentSelect;

/** A worker's courses, latest first, wherever they were held (the history goes with the worker). */
export const workerCourseOrder: Prisma.EnrolmentOrderByWithRelationInput[] = [{ course: { startsOn: "desc" } }, { createdAt: "desc" }];

export function toWorkerCourse({ id, status, certificateNo, certificateRevokedOn, course }: Prisma.EnrolmentGetPayload<{ select: typeof workerCourseSelect }>): WorkerCourse {
  return {
    enrolmentId: id,
    courseId: course.id,
    titleEn: course.titleEn,
    titleKm: course.titleKm,
    startsOn: course.startsOn,
    endsOn: course.endsOn,
    courseStatus: course.status,
    status,
    certificateNo,
    certificateRevoked: certificateRevokedOn !== null,
  };
}
