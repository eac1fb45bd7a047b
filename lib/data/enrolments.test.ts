import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { english } from "@/lib/api/error-response";
import { actorFor, refusal } from "@/lib/test/actors";
import { attendEveryDay, courseEdit, endingToday, isoDay, newCourse, newWorkers, storedEnrolment } from "@/lib/test/courses";
import { getCourse, updateCourse } from "./courses";
import { getCertificate, getPortalCertificate } from "./certificates";
import { enrolWorker, listEnrolments, recordAttendance, revokeCertificate, setEnrolmentOutcome } from "./enrolments";
import { getWorkerRecord } from "./worker-record";

afterAll(() => db.$disconnect());

let bangkok: Actor;
let seoul: Actor;

beforeAll(async () => {
  bangkok = await actorFor("officer.th@registry.test");
  seoul = await actorFor("officer.kr@registry.test");
});

/** Enrols the workers one after another, so their arrival order is the order given. */
async function enrolAll(courseId: string, workerIds: string[]) {
  const results = [];
  for (const workerId of workerIds) results.push(await enrolWorker(bangkok, courseId, { workerId }));
  return results;
}

describe("capacity under concurrency", () => {
  it("never enrols more than the places: 30 officers' enrolments at once for 10 places give 10 enrolled and 20 waiting in arrival order", async () => {
    const courseId = await newCourse(bangkok, { capacity: 10 });
    const workers = await newWorkers(bangkok, 30);

    const results = await Promise.all(workers.map((workerId) => enrolWorker(bangkok, courseId, { workerId })));

    expect(results.filter((r) => r.status === "ENROLLED")).toHaveLength(10);
    const waiting = results.filter((r) => r.status === "WAITLISTED");
    expect(waiting).toHaveLength(20);
    expect(waiting.map((r) => r.waitlistRank).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await db.enrolment.count({ where: { courseId, status: "ENROLLED" } })).toBe(10);

    // Arrival order is the order of queue positions, taken under the course lock: the ten first
    // arrivals hold the places, and the wait-list ranks follow the queue positions one by one.
    const byArrival = await db.enrolment.findMany({ where: { courseId }, orderBy: { queuePosition: "asc" }, select: { id: true, status: true } });
    expect(byArrival.map((e) => e.status)).toEqual([...Array(10).fill("ENROLLED"), ...Array(20).fill("WAITLISTED")]);
    const rankOf = new Map(results.map((r) => [r.id, r.waitlistRank]));
    expect(byArrival.slice(10).map((e) => rankOf.get(e.id))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));

    const roster = await listEnrolments(bangkok, courseId);
    expect(roster.filter((e) => e.status === "WAITLISTED").map((e) => e.id)).toEqual(byArrival.slice(10).map((e) => e.id));
    expect(await getCourse(bangkok, courseId)).toMatchObject({ capacity: 10, enrolled: 10, waitlisted: 20, completed: 0 });
  }, 60_000);
});

describe("the wait-list", () => {
  it("moves the first wait-listed worker up when an enrolled one withdraws, and tells them", async () => {
    const courseId = await newCourse(bangkok, { capacity: 2 });
    const [a, b, c, d] = await enrolAll(courseId, await newWorkers(bangkok, 4));
    expect([a.status, b.status, c.status, d.status]).toEqual(["ENROLLED", "ENROLLED", "WAITLISTED", "WAITLISTED"]);
    expect([c.waitlistRank, d.waitlistRank]).toEqual([1, 2]);

    const withdrawal = await setEnrolmentOutcome(bangkok, a.id, { outcome: "WITHDRAWN", version: 1 });
    expect(withdrawal).toEqual({ version: 2, promoted: c.id });
    expect(await storedEnrolment(c.id)).toMatchObject({ status: "ENROLLED", version: 2 });
    const notices = await db.workerNotification.findMany({ where: { workerId: c.workerId }, select: { kind: true, courseId: true, seenAt: true } });
    expect(notices).toEqual([{ kind: "PROMOTED_FROM_WAITLIST", courseId, seenAt: null }]);
    expect(await db.auditEvent.count({ where: { entityId: c.id, action: "enrolment.promote" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: a.id, action: "enrolment.withdraw" } })).toBe(1);

    const roster = await listEnrolments(bangkok, courseId);
    expect(roster.map((e) => [e.id, e.status, e.waitlistRank])).toEqual([
      [b.id, "ENROLLED", null],
      [c.id, "ENROLLED", null],
      [d.id, "WAITLISTED", 1],
      [a.id, "WITHDRAWN", null],
    ]);

    // A wait-listed worker who withdraws frees no place: nobody moves up.
    expect(await setEnrolmentOutcome(bangkok, d.id, { outcome: "WITHDRAWN", version: 1 })).toEqual({ version: 2 });
    expect(await getCourse(bangkok, courseId)).toMatchObject({ enrolled: 2, waitlisted: 0 });
  });

  it("moves the next in line up when an enrolled worker does not come", async () => {
    const courseId = await newCourse(bangkok, { capacity: 1 });
    const [a, b] = await enrolAll(courseId, await newWorkers(bangkok, 2));
    expect(await setEnrolmentOutcome(bangkok, a.id, { outcome: "NO_SHOW", version: 1 })).toEqual({ version: 2, promoted: b.id });
  });

  it("takes back a worker who withdrew, at the end of the line", async () => {
    const courseId = await newCourse(bangkok, { capacity: 1 });
    const [a, b] = await enrolAll(courseId, await newWorkers(bangkok, 2));
    const before = await storedEnrolment(a.id);
    await setEnrolmentOutcome(bangkok, a.id, { outcome: "WITHDRAWN", version: 1 });
    const again = await enrolWorker(bangkok, courseId, { workerId: a.workerId });
    expect(again).toEqual({ id: a.id, workerId: a.workerId, status: "WAITLISTED", waitlistRank: 1 });
    const after = await storedEnrolment(a.id);
    expect(after.queuePosition).toBeGreaterThan((await storedEnrolment(b.id)).queuePosition);
    expect(after.queuePosition).toBeGreaterThan(before.queuePosition);
    expect(after.version).toBe(3);
  });
});

describe("refusals", () => {
  it("refuses to enrol a worker twice in one course", async () => {
    const courseId = await newCourse(bangkok);
    const [workerId] = await newWorkers(bangkok, 1);
    await enrolWorker(bangkok, courseId, { workerId });
    const error = await refusal(enrolWorker(bangkok, courseId, { workerId }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fields).toEqual({ workerId: ["courses.errors.alreadyEnrolled"] });
    expect(await db.enrolment.count({ where: { courseId, workerId } })).toBe(1);
  });

  it("refuses a course whose dates overlap another of the worker's, and names that course", async () => {
    const first = await newCourse(bangkok, { titleEn: "Thai language for workers", startsOn: isoDay(40), endsOn: isoDay(45) });
    const overlapping = await newCourse(bangkok, { startsOn: isoDay(45), endsOn: isoDay(50) });
    const after = await newCourse(bangkok, { startsOn: isoDay(46), endsOn: isoDay(50) });
    const [workerId] = await newWorkers(bangkok, 1);
    await enrolWorker(bangkok, first, { workerId });

    const error = await refusal(enrolWorker(bangkok, overlapping, { workerId }));
    expect(error.fields).toEqual({ workerId: ["courses.errors.overlap"] });
    expect(error.details?.messageValues).toMatchObject({ course: "Thai language for workers" });
    expect(english("courses.errors.overlap", error.details?.messageValues as Record<string, string>)).toContain("“Thai language for workers”");
    expect(await enrolWorker(bangkok, after, { workerId })).toMatchObject({ status: "ENROLLED" });

    // Withdrawn from the first course, or the first course cancelled: the days are free again.
    const [other] = await newWorkers(bangkok, 1);
    const mine = await enrolWorker(bangkok, first, { workerId: other });
    await setEnrolmentOutcome(bangkok, mine.id, { outcome: "WITHDRAWN", version: 1 });
    expect(await enrolWorker(bangkok, overlapping, { workerId: other })).toMatchObject({ status: "ENROLLED" });
  });

  it("refuses a course that is cancelled, finished, over or past its enrolment deadline", async () => {
    const [workerId] = await newWorkers(bangkok, 1);
    const closed = [
      await newCourse(bangkok, { status: "CANCELLED" }),
      await newCourse(bangkok, { status: "FINISHED" }),
      await newCourse(bangkok, { startsOn: isoDay(-10), endsOn: isoDay(-5), status: "RUNNING" }),
      await newCourse(bangkok, { enrolmentDeadline: isoDay(-1) }),
    ];
    for (const courseId of closed) {
      const error = await refusal(enrolWorker(bangkok, courseId, { workerId }));
      expect(error.fields).toEqual({ workerId: ["courses.errors.closed"] });
    }
    // The deadline day itself still counts.
    const lastDay = await newCourse(bangkok, { enrolmentDeadline: isoDay(0) });
    expect(await enrolWorker(bangkok, lastDay, { workerId })).toMatchObject({ status: "ENROLLED" });
  });

  it("hides a worker or a course of another post, whoever asks", async () => {
    const courseId = await newCourse(bangkok);
    const [seoulWorker] = await newWorkers(seoul, 1, "KR");
    const [bangkokWorker] = await newWorkers(bangkok, 1);
    expect((await refusal(enrolWorker(bangkok, courseId, { workerId: seoulWorker }))).code).toBe("NOT_FOUND");
    expect((await refusal(enrolWorker(seoul, courseId, { workerId: seoulWorker }))).code).toBe("NOT_FOUND");
    expect((await refusal(enrolWorker(seoul, courseId, { workerId: bangkokWorker }))).code).toBe("NOT_FOUND");
    expect((await refusal(enrolWorker(bangkok, crypto.randomUUID(), { workerId: bangkokWorker }))).code).toBe("NOT_FOUND");
    expect((await refusal(enrolWorker(bangkok, "not-a-uuid", { workerId: bangkokWorker }))).code).toBe("NOT_FOUND");
    expect(await db.enrolment.count({ where: { courseId } })).toBe(0);
  });

  it("refuses an outcome that cannot follow the enrolment's status, and a stale version", async () => {
    const courseId = await newCourse(bangkok, { ...endingToday, capacity: 1 });
    const [a, b] = await enrolAll(courseId, await newWorkers(bangkok, 2));
    await attendEveryDay(bangkok, courseId, [a.id]);
    expect((await refusal(setEnrolmentOutcome(bangkok, b.id, { outcome: "COMPLETED", version: 1 }))).fields).toEqual({
      outcome: ["courses.errors.outcomeNotAllowed"],
    });
    expect((await refusal(setEnrolmentOutcome(bangkok, b.id, { outcome: "NO_SHOW", version: 1 }))).fields).toEqual({
      outcome: ["courses.errors.outcomeNotAllowed"],
    });
    const stale = await refusal(setEnrolmentOutcome(bangkok, a.id, { outcome: "COMPLETED", version: 7 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toMatchObject({ id: a.id, status: "ENROLLED", version: 1, certificateNo: null });
    await setEnrolmentOutcome(bangkok, a.id, { outcome: "COMPLETED", version: 1 });
    expect((await refusal(setEnrolmentOutcome(bangkok, a.id, { outcome: "WITHDRAWN", version: 2 }))).code).toBe("VALIDATION");
    // Named through another course's URL, the enrolment does not exist.
    const elsewhere = await newCourse(bangkok);
    expect((await refusal(setEnrolmentOutcome(bangkok, b.id, { outcome: "WITHDRAWN", version: 1 }, { courseId: elsewhere }))).code).toBe("NOT_FOUND");
    expect((await refusal(setEnrolmentOutcome(bangkok, b.id, { outcome: "WITHDRAWN", version: 1 }, { courseId: "elsewhere" }))).code).toBe("NOT_FOUND");
  });
});

describe("completion", () => {
  it("issues a distinct certificate number to every completion, even at once, and the database refuses a repeat", async () => {
    const courseId = await newCourse(bangkok, { ...endingToday, capacity: 12 });
    const enrolments = await enrolAll(courseId, await newWorkers(bangkok, 12));
    await attendEveryDay(bangkok, courseId, enrolments.map((e) => e.id));
    const results = await Promise.all(enrolments.map((e) => setEnrolmentOutcome(bangkok, e.id, { outcome: "COMPLETED", version: 1 })));
    const numbers = results.map((r) => r.certificateNo!);
    const year = new Date().getUTCFullYear();
    for (const number of numbers) expect(number).toMatch(new RegExp(`^CERT-${year}-\\d{6,}$`));
    expect(new Set(numbers).size).toBe(12);

    const stored = await storedEnrolment(enrolments[0].id);
    expect(stored).toMatchObject({ status: "COMPLETED", certificateNo: numbers[0], completedOn: new Date(`${isoDay(0)}T00:00:00Z`) });
    await expect(db.enrolment.update({ where: { id: enrolments[1].id }, data: { certificateNo: numbers[0] } })).rejects.toMatchObject({ code: "P2002" });
    // Completed workers keep their place: the course stays full.
    expect(await getCourse(bangkok, courseId)).toMatchObject({ enrolled: 0, completed: 12 });
    const [late] = await newWorkers(bangkok, 1);
    expect(await enrolWorker(bangkok, courseId, { workerId: late })).toMatchObject({ status: "WAITLISTED", waitlistRank: 1 });
  });
});

describe("the completion rule", () => {
  it("refuses to complete before the course's last day, however the worker attended, and issues nothing", async () => {
    const courseId = await newCourse(bangkok, { startsOn: isoDay(-1), endsOn: isoDay(1), status: "RUNNING" });
    const [a] = await enrolAll(courseId, await newWorkers(bangkok, 1));
    await recordAttendance(bangkok, courseId, { day: isoDay(-1), present: [a.id] });
    await recordAttendance(bangkok, courseId, { day: isoDay(0), present: [a.id] });
    const early = await refusal(setEnrolmentOutcome(bangkok, a.id, { outcome: "COMPLETED", version: 1 }));
    expect(early.fields).toEqual({ outcome: ["courses.errors.notEnded"] });
    // A course weeks ahead, nothing recorded: the same refusal.
    const ahead = await newCourse(bangkok);
    const [b] = await enrolAll(ahead, await newWorkers(bangkok, 1));
    expect((await refusal(setEnrolmentOutcome(bangkok, b.id, { outcome: "COMPLETED", version: 1 }))).fields).toEqual({ outcome: ["courses.errors.notEnded"] });
    expect(await storedEnrolment(a.id)).toMatchObject({ status: "ENROLLED", certificateNo: null, version: 1 });
    expect(await db.auditEvent.count({ where: { entityId: { in: [a.id, b.id] }, action: "enrolment.complete" } })).toBe(0);
  });

  it("counts every day of the course: days not recorded are not present, and the course's own share decides", async () => {
    // Three days at the default 80 %: all three must be recorded present.
    const courseId = await newCourse(bangkok, { ...endingToday, capacity: 3 });
    expect(await getCourse(bangkok, courseId)).toMatchObject({ minAttendancePercent: 80 });
    const [once, twice, always] = await enrolAll(courseId, await newWorkers(bangkok, 3));
    await recordAttendance(bangkok, courseId, { day: isoDay(-2), present: [once.id, twice.id, always.id] });
    await recordAttendance(bangkok, courseId, { day: isoDay(-1), present: [twice.id, always.id] });

    const short = await refusal(setEnrolmentOutcome(bangkok, once.id, { outcome: "COMPLETED", version: 1 }));
    expect(short.fields).toEqual({ outcome: ["courses.errors.attendanceShort"] });
    expect(short.details?.messageValues).toEqual({ present: 1, required: 3, days: 3, notRecorded: 1 });
    expect(english("courses.errors.attendanceShort", short.details?.messageValues as Record<string, string>)).toContain("Present on 1 of 3 days (1 not recorded)");
    // Two of three recorded present, the third day not recorded yet: still short.
    expect((await refusal(setEnrolmentOutcome(bangkok, always.id, { outcome: "COMPLETED", version: 1 }))).fields).toEqual({ outcome: ["courses.errors.attendanceShort"] });
    await recordAttendance(bangkok, courseId, { day: isoDay(0), present: [always.id] });
    expect(await setEnrolmentOutcome(bangkok, always.id, { outcome: "COMPLETED", version: 1 })).toMatchObject({ version: 2, certificateNo: expect.any(String) });
    expect((await refusal(setEnrolmentOutcome(bangkok, twice.id, { outcome: "COMPLETED", version: 1 }))).fields).toEqual({ outcome: ["courses.errors.attendanceShort"] });

    // The officer may set a lower share for the course: two of three days is then enough (60 % of 3 is 2 days).
    await updateCourse(bangkok, courseId, await courseEdit(bangkok, courseId, { minAttendancePercent: 60 }));
    expect(await setEnrolmentOutcome(bangkok, twice.id, { outcome: "COMPLETED", version: 1 })).toMatchObject({ certificateNo: expect.any(String) });
    expect((await refusal(setEnrolmentOutcome(bangkok, once.id, { outcome: "COMPLETED", version: 1 }))).fields).toEqual({ outcome: ["courses.errors.attendanceShort"] });
  });

  it("keeps a course's share between 1 and 100 %, and the old rule when an edit leaves it out", async () => {
    const error = await refusal(newCourse(bangkok, { minAttendancePercent: 0 }));
    expect(error.fields).toEqual({ minAttendancePercent: ["courses.errors.minAttendance"] });
    expect((await refusal(newCourse(bangkok, { minAttendancePercent: 101 }))).fields).toEqual({ minAttendancePercent: ["courses.errors.minAttendance"] });
    const courseId = await newCourse(bangkok, { minAttendancePercent: 90 });
    const withoutRule: Record<string, unknown> = await courseEdit(bangkok, courseId, { place: "Moved" });
    delete withoutRule.minAttendancePercent;
    await updateCourse(bangkok, courseId, withoutRule);
    expect(await getCourse(bangkok, courseId)).toMatchObject({ place: "Moved", minAttendancePercent: 90 });
    await expect(db.course.update({ where: { id: courseId }, data: { minAttendancePercent: 0 } })).rejects.toThrow();
  });
});

describe("revoking a certificate", () => {
  it("keeps the number, says revoked with the reason wherever the certificate is opened, and is audited", async () => {
    const courseId = await newCourse(bangkok, endingToday);
    const [a, b] = await enrolAll(courseId, await newWorkers(bangkok, 2));
    await attendEveryDay(bangkok, courseId, [a.id, b.id]);
    const { certificateNo } = await setEnrolmentOutcome(bangkok, a.id, { outcome: "COMPLETED", version: 1 });
    expect((await getCertificate(bangkok, a.id)).revoked).toBeNull();

    // The reason is required; a stale version is a conflict; only the post that held the course may revoke.
    expect((await refusal(revokeCertificate(bangkok, a.id, { reason: "  ", version: 2 }))).fields).toEqual({ reason: ["validation.required"] });
    const stale = await refusal(revokeCertificate(bangkok, a.id, { reason: "Wrong worker", version: 1 }));
    expect(stale.code).toBe("CONFLICT");
    // What the API answers a conflict with: the enrolment's state as EnrolmentState describes it, nothing more.
    expect(stale.details?.current).toEqual({ id: a.id, status: "COMPLETED", certificateNo, completedOn: new Date(`${isoDay(0)}T00:00:00Z`), version: 2 });
    expect((await refusal(revokeCertificate(seoul, a.id, { reason: "Wrong worker", version: 2 }))).code).toBe("NOT_FOUND");
    expect((await refusal(revokeCertificate(await actorFor("ministry@registry.test"), a.id, { reason: "Wrong worker", version: 2 }))).code).toBe("FORBIDDEN");
    expect((await refusal(revokeCertificate(bangkok, b.id, { reason: "Not completed", version: 1 }))).fields).toEqual({ reason: ["courses.errors.nothingToRevoke"] });

    expect(await revokeCertificate(bangkok, a.id, { reason: "Attendance was recorded for the wrong worker", version: 2 })).toEqual({ version: 3 });
    const revoked = { on: new Date(`${isoDay(0)}T00:00:00Z`), reason: "Attendance was recorded for the wrong worker" };
    expect(await getCertificate(bangkok, a.id)).toMatchObject({ certificateNo, revoked });
    expect(await getPortalCertificate({ workerId: a.workerId }, a.id)).toMatchObject({ certificateNo, revoked });
    expect(await storedEnrolment(a.id)).toMatchObject({ status: "COMPLETED", certificateNo, version: 3 });
    expect((await listEnrolments(bangkok, courseId)).find((e) => e.id === a.id)).toMatchObject({ certificateRevokedOn: revoked.on, certificateRevokedReason: revoked.reason });

    const audit = await db.auditEvent.findMany({ where: { entityId: a.id, action: "certificate.revoke" }, select: { actorId: true, after: true } });
    expect(audit).toEqual([{ actorId: bangkok.id, after: expect.objectContaining({ certificateNo, revoked: true, reason: revoked.reason }) }]);
    // Once revoked, there is nothing more to revoke.
    expect((await refusal(revokeCertificate(bangkok, a.id, { reason: "Again", version: 3 }))).fields).toEqual({ reason: ["courses.errors.nothingToRevoke"] });
  });
});

describe("attendance", () => {
  it("records who came on a day of the course, replaces it when recorded again, and shows it on the roster", async () => {
    const courseId = await newCourse(bangkok, { startsOn: isoDay(-2), endsOn: isoDay(3), status: "RUNNING", capacity: 3 });
    const [a, b, c, waiting] = await enrolAll(courseId, await newWorkers(bangkok, 4));
    const yesterday = isoDay(-1);

    expect(await recordAttendance(bangkok, courseId, { day: yesterday, present: [a.id, b.id] })).toEqual({
      day: new Date(`${yesterday}T00:00:00Z`),
      present: 2,
      absent: 1,
    });
    expect(await recordAttendance(bangkok, courseId, { day: yesterday, present: [a.id] })).toMatchObject({ present: 1, absent: 2 });
    await recordAttendance(bangkok, courseId, { day: isoDay(0), present: c.id });

    const roster = new Map((await listEnrolments(bangkok, courseId)).map((e) => [e.id, e.attendance]));
    const day = (offset: number) => new Date(`${isoDay(offset)}T00:00:00Z`);
    expect(roster.get(a.id)).toEqual([{ day: day(-1), present: true }, { day: day(0), present: false }]);
    expect(roster.get(b.id)).toEqual([{ day: day(-1), present: false }, { day: day(0), present: false }]);
    expect(roster.get(c.id)).toEqual([{ day: day(-1), present: false }, { day: day(0), present: true }]);
    expect(roster.get(waiting.id)).toEqual([]);
    expect(await db.auditEvent.count({ where: { entityId: courseId, action: "course.attendance" } })).toBe(3);
  });

  it("refuses a day outside the course or still to come, and a worker not enrolled", async () => {
    const courseId = await newCourse(bangkok, { startsOn: isoDay(-2), endsOn: isoDay(3), status: "RUNNING", capacity: 1 });
    const [enrolled, waiting] = await enrolAll(courseId, await newWorkers(bangkok, 2));
    expect((await refusal(recordAttendance(bangkok, courseId, { day: isoDay(-3), present: [] }))).fields).toEqual({ day: ["courses.errors.dayOutsideCourse"] });
    expect((await refusal(recordAttendance(bangkok, courseId, { day: isoDay(1), present: [] }))).fields).toEqual({ day: ["courses.errors.dayInFuture"] });
    expect((await refusal(recordAttendance(bangkok, courseId, { day: isoDay(0), present: [enrolled.id, waiting.id] }))).fields).toEqual({
      present: ["courses.errors.notOnRoster"],
    });
    expect(await db.attendance.count({ where: { enrolmentId: { in: [enrolled.id, waiting.id] } } })).toBe(0);
  });
});

describe("a worker's courses", () => {
  it("lists the worker's enrolments, latest course first, with status and certificate", async () => {
    const [workerId] = await newWorkers(bangkok, 1);
    const earlier = await newCourse(bangkok, { titleEn: "Earlier course", ...endingToday });
    const later = await newCourse(bangkok, { titleEn: "Later course", startsOn: isoDay(60), endsOn: isoDay(61) });
    const first = await enrolWorker(bangkok, earlier, { workerId });
    await enrolWorker(bangkok, later, { workerId });
    await attendEveryDay(bangkok, earlier, [first.id]);
    const { certificateNo } = await setEnrolmentOutcome(bangkok, first.id, { outcome: "COMPLETED", version: 1 });

    const { courses } = await getWorkerRecord(bangkok, workerId);
    expect(courses?.map((c) => [c.titleEn, c.status, c.certificateNo, c.certificateRevoked, c.courseStatus])).toEqual([
      ["Later course", "ENROLLED", null, false, "OPEN"],
      ["Earlier course", "COMPLETED", certificateNo, false, "RUNNING"],
    ]);
    expect(courses?.[1]).toMatchObject({ enrolmentId: first.id, courseId: earlier, startsOn: new Date(`${isoDay(-2)}T00:00:00Z`) });
    await revokeCertificate(bangkok, first.id, { reason: "Issued in error", version: 2 });
    expect((await getWorkerRecord(bangkok, workerId)).courses?.[1].certificateRevoked).toBe(true);
  });
});

