import "server-only";
import { db, Prisma, readerFor, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import { parseInput, startOfTodayUtc, UUID } from "@/lib/schemas/common";
import { applyMergePatch } from "@/lib/schemas/merge-patch";
import { CLEARABLE_COURSE_FIELDS, COURSE_PAGE_SIZE, COURSE_STATUSES, CourseInput, CourseListQuery, CourseUpdateInput, type CourseStatus } from "@/lib/schemas/course";
import { recordAudit } from "./audit";
import { authorize, type PostScope } from "./authorize";
import { lockCourse, placesHeld, promoteFromWaitlist, QUEUED_ON_COURSE } from "./course-places";

const summaryFields = {
  id: true,
  titleEn: true,
  titleKm: true,
  provider: true,
  place: true,
  startsOn: true,
  endsOn: true,
  capacity: true,
  enrolmentDeadline: true,
  minAttendancePercent: true,
  status: true,
} satisfies Prisma.CourseSelect;

const detailFields = { ...summaryFields, scheduleNote: true, version: true } satisfies Prisma.CourseSelect;

type Places = { enrolled: number; waitlisted: number; completed: number };
export type CourseSummary = Prisma.CourseGetPayload<{ select: typeof summaryFields }> & Places;
export type CourseDetail = Prisma.CourseGetPayload<{ select: typeof detailFields }> & Places;

/** Per course, how many workers are enrolled, waiting and done. */
async function placesOf(client: Tx | typeof db, courseIds: string[]): Promise<Map<string, Places>> {
  const groups = await client.enrolment.groupBy({
    by: ["courseId", "status"],
    where: { courseId: { in: courseIds }, status: { in: ["ENROLLED", "WAITLISTED", "COMPLETED"] } },
    _count: { _all: true },
  });
  const places = new Map(courseIds.map((id) => [id, { enrolled: 0, waitlisted: 0, completed: 0 }]));
  const key = { ENROLLED: "enrolled", WAITLISTED: "waitlisted", COMPLETED: "completed" } as const;
  for (const group of groups) places.get(group.courseId)![key[group.status as keyof typeof key]] = group._count._all;
  return places;
}

async function courseDetail(client: Tx | typeof db, where: Prisma.CourseWhereInput): Promise<CourseDetail | null> {
  const course = await client.course.findFirst({ where, select: detailFields });
  if (!course) return null;
  return { ...course, ...(await placesOf(client, [course.id])).get(course.id)! };
}

function courseWhere(within: PostScope, query: CourseListQuery): Prisma.CourseWhereInput {
  return {
    ...within.records,
    ...(query.status ? { status: query.status } : {}),
    ...(query.q
      ? { OR: (["titleEn", "titleKm", "provider", "place"] as const).map((field) => ({ [field]: { contains: query.q, mode: "insensitive" as const } })) }
      : {}),
    ...(query.from ? { endsOn: { gte: query.from } } : {}),
    ...(query.to ? { startsOn: { lte: query.to } } : {}),
  };
}

/**
 * The courses still to come or running, soonest first (the list pages them newest first): the
 * few a home page shows, and how many the list filtered to them holds.
 */
export async function listUpcomingCourses(actor: Actor | null, limit: number): Promise<{ items: CourseSummary[]; total: number; query: { from: string } }> {
  const { within } = authorize(actor, "course.read");
  const query = { from: startOfTodayUtc().toISOString().slice(0, 10) };
  const where = courseWhere(within, parseInput(CourseListQuery, query));
  const [total, courses] = await Promise.all([
    db.course.count({ where }),
    db.course.findMany({ where, select: summaryFields, orderBy: [{ startsOn: "asc" }, { titleEn: "asc" }, { id: "asc" }], take: limit }),
  ]);
  const places = await placesOf(db, courses.map((course) => course.id));
  return { items: courses.map((course) => ({ ...course, ...places.get(course.id)! })), total, query };
}

/** The post's courses, filtered, newest start first, one page at a time. */
export async function listCourses(
  actor: Actor | null,
  rawQuery: unknown,
): Promise<{ items: CourseSummary[]; total: number; page: number; pageSize: number }> {
  const { within } = authorize(actor, "course.read");
  const query = parseInput(CourseListQuery, rawQuery);
  const where = courseWhere(within, query);
  const [total, courses] = await Promise.all([
    db.course.count({ where }),
    db.course.findMany({
      where,
      select: summaryFields,
      orderBy: [{ startsOn: "desc" }, { titleEn: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * COURSE_PAGE_SIZE,
      take: COURSE_PAGE_SIZE,
    }),
  ]);
  const places = await placesOf(db, courses.map((course) => course.id));
  return { items: courses.map((course) => ({ ...course, ...places.get(course.id)! })), total, page: query.page, pageSize: COURSE_PAGE_SIZE };
}

/** One course with its places taken, or NOT_FOUND outside the actor's post. */
export async function getCourse(actor: Actor | null, id: string): Promise<CourseDetail> {
  const { within } = authorize(actor, "course.read");
  const course = UUID.test(id) ? await courseDetail(db, { id, ...within.records }) : null;
  if (!course) throw new AppError("NOT_FOUND");
  return course;
}

/** A course of the officer's own post; the post comes from the account, never from the input. */
export async function createCourse(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  const { actor: who, within } = authorize(actor, "course.manage");
  const postId = within.ownPost();
  const input = parseInput(CourseInput, raw);
  return db.$transaction(async (tx) => {
    const { id } = await tx.course.create({ data: { ...input, postId, createdById: who.id, updatedById: who.id }, select: { id: true } });
    await recordAudit(tx, who, { action: "course.create", entityType: "Course", entityId: id, after: input });
    return { id };
  });
}

const editableFields = ["titleEn", "titleKm", "provider", "place", "startsOn", "endsOn", "scheduleNote", "capacity", "enrolmentDeadline", "minAttendancePercent", "status"] as const;

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}

/**
 * Saves an edited course as of the version the officer saw. A capacity below the places already
 * held is refused; a larger one moves wait-listed workers up. Cancelling tells every enrolled and
 * wait-listed worker (their enrolments stay as they were, for the record); a cancelled course
 * stays cancelled.
 */
export async function updateCourse(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  const { actor: who, within } = authorize(actor, "course.manage");
  const { version, ...input } = parseInput(CourseUpdateInput, raw);
  return db.$transaction(async (tx) => {
    const locked = await lockCourse(tx, id, within);
    if (!locked) throw new AppError("NOT_FOUND");
    const current = await tx.course.findUniqueOrThrow({ where: { id }, select: { ...detailFields } });
    if (current.version !== version) {
      throw new AppError("CONFLICT", "errors.CONFLICT", undefined, { current: await courseDetail(tx, { id }) });
    }
    if (current.status === "CANCELLED" && input.status !== "CANCELLED") throw fieldError("status", "courses.errors.cancelledIsFinal");
    const held = await placesHeld(tx, id);
    if (input.capacity < held) throw fieldError("capacity", "courses.errors.capacityBelowHeld", { held });

    const next = {
      ...input,
      scheduleNote: input.scheduleNote ?? null,
      enrolmentDeadline: input.enrolmentDeadline ?? null,
      minAttendancePercent: input.minAttendancePercent ?? current.minAttendancePercent,
    };
    const changed = editableFields.filter((field) => !sameValue(current[field], next[field]));
    if (changed.length === 0) return { version };
    await tx.course.update({ where: { id }, data: { ...next, version: { increment: 1 }, updatedById: who.id }, select: { id: true } });
    if (next.status === "CANCELLED" && current.status !== "CANCELLED") await notifyCancellation(tx, id);
    await promoteFromWaitlist(tx, who, { id, status: next.status, capacity: next.capacity });
    await recordAudit(tx, who, {
      action: "course.update",
      entityType: "Course",
      entityId: id,
      before: Object.fromEntries(changed.map((field) => [field, current[field]])),
      after: Object.fromEntries(changed.map((field) => [field, next[field]])),
    });
    return { version: version + 1 };
  }, QUEUED_ON_COURSE);
}

/**
 * Edits a course with a JSON Merge Patch (RFC 7396), as a client of the API sends it: the stored
 * course with the patch applied is validated whole and saved as updateCourse saves the edit form's,
 * as of the patch's `version` (required).
 */
export async function patchCourse(actor: Actor | null, id: string, patch: unknown) {
  const { actor: who } = authorize(actor, "course.manage");
  const course = await getCourse(who, id);
  const asJson = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
  const stored = Object.fromEntries(editableFields.filter((field) => course[field] !== null).map((field) => [field, asJson(course[field])]));
  const fields = Object.keys(CourseUpdateInput.shape);
  const merged = applyMergePatch(stored, patch, { fields, clearable: CLEARABLE_COURSE_FIELDS });
  return updateCourse(who, id, merged);
}

async function notifyCancellation(tx: Tx, courseId: string) {
  const affected = await tx.enrolment.findMany({ where: { courseId, status: { in: ["ENROLLED", "WAITLISTED"] } }, select: { workerId: true } });
  await tx.workerNotification.createMany({ data: affected.map(({ workerId }) => ({ workerId, courseId, kind: "COURSE_CANCELLED" as const })) });
}

export type CourseStatisticsRow = {
  postId: string;
  postName: string;
  courses: Record<CourseStatus, number>;
  enrolled: number;
  waitlisted: number;
  completed: number;
  withdrawn: number;
  noShow: number;
};

/**
 * Per post, its courses by status and what became of their enrolments (enrolments of cancelled
 * courses left out: nobody was trained there). Ministry staff see every post, an officer theirs.
 * Statistics tolerate the replication lag, as reports do: read through `readerFor()`.
 */
export async function getCourseStatistics(actor: Actor | null): Promise<CourseStatisticsRow[]> {
  const { within } = authorize(actor, "course.statistics");
  const reader = readerFor();
  const [posts, courses, enrolments] = await Promise.all([
    reader.post.findMany({ where: within.posts, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    reader.course.groupBy({ by: ["postId", "status"], where: within.records, _count: { _all: true } }),
    reader.$queryRaw<{ postId: string; status: string; count: number }[]>`
      SELECT c."postId", e.status::text AS status, count(*)::int AS count
      FROM "Enrolment" e JOIN "Course" c ON c.id = e."courseId"
      WHERE c.status <> 'CANCELLED' AND ${within.sql(Prisma.sql`c."postId"`)}
      GROUP BY c."postId", e.status`,
  ]);
  const enrolmentsOf = (post: string, status: string) => enrolments.find((row) => row.postId === post && row.status === status)?.count ?? 0;
  return posts.map((post) => ({
    postId: post.id,
    postName: post.name,
    courses: Object.fromEntries(
      COURSE_STATUSES.map((status) => [status, courses.find((row) => row.postId === post.id && row.status === status)?._count._all ?? 0]),
    ) as Record<CourseStatus, number>,
    enrolled: enrolmentsOf(post.id, "ENROLLED"),
    waitlisted: enrolmentsOf(post.id, "WAITLISTED"),
    completed: enrolmentsOf(post.id, "COMPLETED"),
    withdrawn: enrolmentsOf(post.id, "WITHDRAWN"),
    noShow: enrolmentsOf(post.id, "NO_SHOW"),
  }));
}
