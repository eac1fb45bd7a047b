import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { attendEveryDay, courseEdit, courseInput, endingToday, isoDay, newCourse, newWorkers } from "@/lib/test/courses";
import { matrixActors, matrixCells, outcomeOf, type Outcome, type Who } from "@/lib/test/permission-matrix";
import { createCourse, getCourse, getCourseStatistics, listCourses, updateCourse } from "./courses";
import { enrolWorker, listEnrolments, recordAttendance, revokeCertificate, setEnrolmentOutcome } from "./enrolments";
import { getWorkerRecord } from "./worker-record";

afterAll(() => db.$disconnect());

let actors: Record<Who, Actor | null>;
let bangkokOfficer: Actor;

beforeAll(async () => {
  actors = await matrixActors();
  bangkokOfficer = actors.ownOfficer!;
});

type Fixture = { courseId: string; courseTitle: string; enrolmentId: string; workerId: string; spareWorkerId: string; completedId: string };

/**
 * For each cell a Bangkok course on its last day with one enrolled Bangkok worker, one who
 * completed it (with a certificate), and another Bangkok worker not yet enrolled.
 */
async function bangkokCourse(): Promise<Fixture> {
  const input = courseInput(endingToday);
  const courseId = await newCourse(bangkokOfficer, input);
  const [workerId, spareWorkerId, graduateId] = await newWorkers(bangkokOfficer, 3);
  const { id: enrolmentId } = await enrolWorker(bangkokOfficer, courseId, { workerId });
  const { id: completedId } = await enrolWorker(bangkokOfficer, courseId, { workerId: graduateId });
  await attendEveryDay(bangkokOfficer, courseId, [completedId]);
  await setEnrolmentOutcome(bangkokOfficer, completedId, { outcome: "COMPLETED", version: 1 });
  return { courseId, courseTitle: input.titleEn, enrolmentId, workerId, spareWorkerId, completedId };
}

type Operation = (actor: Actor | null, fixture: Fixture) => Promise<unknown>;

// "hidden": the call succeeds but what it returns says nothing of the Bangkok course.
const operations: Record<string, Operation> = {
  list: async (actor, f) => ((await listCourses(actor, { q: f.courseTitle })).items.some((c) => c.id === f.courseId) ? "ok" : "hidden"),
  read: (actor, f) => getCourse(actor, f.courseId),
  create: (actor) => createCourse(actor, courseInput()),
  update: async (actor, f) => updateCourse(actor, f.courseId, await courseEdit(bangkokOfficer, f.courseId, { place: "Changed place" })),
  roster: (actor, f) => listEnrolments(actor, f.courseId),
  enrol: (actor, f) => enrolWorker(actor, f.courseId, { workerId: f.spareWorkerId }),
  outcome: (actor, f) => setEnrolmentOutcome(actor, f.enrolmentId, { outcome: "WITHDRAWN", version: 1 }),
  revoke: (actor, f) => revokeCertificate(actor, f.completedId, { reason: "Issued in error", version: 2 }),
  attendance: (actor, f) => recordAttendance(actor, f.courseId, { day: isoDay(0), present: [f.enrolmentId] }),
  // The record is read (the ministry may); its courses are given only to those who may read the post's courses.
  workerCourses: async (actor, f) => ((await getWorkerRecord(actor, f.workerId)).courses === null ? "hidden" : "ok"),
  statistics: async (actor) => ((await getCourseStatistics(actor)).some((row) => row.postId === bangkokOfficer.postId) ? "ok" : "hidden"),
};

const officerOnly = { ownOfficer: "ok", otherOfficer: "NOT_FOUND", ministry: "FORBIDDEN", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" } as const;

const expected: Record<keyof typeof operations, Record<Who, Outcome>> = {
  list: { ...officerOnly, otherOfficer: "hidden" },
  read: officerOnly,
  // Seoul may create courses, but only for Seoul: nothing in the input names a post.
  create: { ...officerOnly, otherOfficer: "ok" },
  update: officerOnly,
  roster: officerOnly,
  enrol: officerOnly,
  outcome: officerOnly,
  revoke: officerOnly,
  attendance: officerOnly,
  workerCourses: { ...officerOnly, ministry: "hidden" },
  statistics: { ownOfficer: "ok", otherOfficer: "hidden", ministry: "ok", admin: "FORBIDDEN", anonymous: "UNAUTHENTICATED" },
};

const cells = matrixCells(expected);

/** What a refused call must leave as it was. */
async function snapshot(f: Fixture) {
  const [course, enrolments, attendance] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { id: f.courseId }, select: { version: true, place: true, postId: true } }),
    db.enrolment.findMany({ where: { courseId: f.courseId }, select: { id: true, status: true, version: true, certificateRevokedOn: true }, orderBy: { id: "asc" } }),
    db.attendance.count({ where: { enrolmentId: f.enrolmentId } }),
  ]);
  return { course, enrolments, attendance };
}

describe("every role × course operation × scope cell, through the data layer", () => {
  it.each(cells)("$who $operation on a Bangkok course: $outcome", async ({ operation, who, outcome }) => {
    const fixture = await bangkokCourse();
    const before = await snapshot(fixture);
    const result = await outcomeOf(operations[operation](actors[who], fixture));
    expect(result).toBe(outcome);
    if (outcome !== "ok") expect(await snapshot(fixture)).toEqual(before);
  });
});
