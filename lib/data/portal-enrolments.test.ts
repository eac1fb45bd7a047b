import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refusal } from "@/lib/test/actors";
import { portalActorOf, seoulCourse, seoulWorkerWithCode } from "@/lib/test/portal-fixtures";
import { listPortalEnrolments, listPortalNotifications, markPortalNotificationsSeen } from "./portal-enrolments";

afterAll(() => db.$disconnect());

type Status = "ENROLLED" | "WAITLISTED" | "COMPLETED" | "WITHDRAWN" | "NO_SHOW";
const enrol = (courseId: string, workerId: string, status: Status, extra: { certificateNo?: string; completedOn?: Date } = {}) =>
  db.enrolment.create({ data: { courseId, workerId, status, ...extra }, select: { id: true } });
const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("the portal's enrolments", () => {
  it("are the signed-in worker's own, with wait-list place, attendance and certificate", async () => {
    const [mine, other, third] = await Promise.all([seoulWorkerWithCode(), seoulWorkerWithCode(), seoulWorkerWithCode()]);
    const full = await seoulCourse({ capacity: 1, startsOn: "2027-01-11", endsOn: "2027-01-15" });
    const done = await seoulCourse({ titleEn: "Korean for the workplace", titleKm: "ភាសាកូរ៉េសម្រាប់កន្លែងធ្វើការ", startsOn: "2026-09-07", endsOn: "2026-09-10" });
    const notMine = await seoulCourse();

    // In line for the full course: the third worker holds the place, the other is first in line, mine second.
    await enrol(full.id, third.id, "ENROLLED");
    await enrol(full.id, other.id, "WAITLISTED");
    await enrol(full.id, mine.id, "WAITLISTED");
    const certificateNo = `CERT-2026-T${crypto.randomUUID().slice(0, 8)}`;
    const completed = await enrol(done.id, mine.id, "COMPLETED", { certificateNo, completedOn: day("2026-09-10") });
    await db.attendance.createMany({
      data: ["2026-09-07", "2026-09-08", "2026-09-09", "2026-09-10"].map((d, i) => ({ enrolmentId: completed.id, day: day(d), present: i !== 1 })),
    });
    await enrol(notMine.id, other.id, "ENROLLED");

    const enrolments = await listPortalEnrolments(await portalActorOf(mine));
    expect(enrolments).toHaveLength(2);
    expect(enrolments[0]).toMatchObject({
      course: { titleEn: full.titleEn, titleKm: full.titleKm, place: "Ansan Migrant Centre", startsOn: day("2027-01-11"), endsOn: day("2027-01-15") },
      status: "WAITLISTED",
      waitlistRank: 2,
      daysPresent: 0,
      daysAbsent: 0,
      certificateNo: null,
    });
    expect(enrolments[1]).toMatchObject({
      course: { titleEn: "Korean for the workplace", titleKm: "ភាសាកូរ៉េសម្រាប់កន្លែងធ្វើការ" },
      status: "COMPLETED",
      waitlistRank: null,
      daysPresent: 3,
      daysAbsent: 1,
      certificateNo,
      completedOn: day("2026-09-10"),
    });
    expect(JSON.stringify(enrolments)).not.toContain(notMine.titleEn);

    const others = await listPortalEnrolments(await portalActorOf(other));
    expect(others.map((e) => [e.course.titleEn, e.status, e.waitlistRank])).toEqual([
      [full.titleEn, "WAITLISTED", 1],
      [notMine.titleEn, "ENROLLED", null],
    ]);
  });

  it("are none for a worker not enrolled anywhere, and refused without a portal session", async () => {
    const worker = await seoulWorkerWithCode();
    expect(await listPortalEnrolments(await portalActorOf(worker))).toEqual([]);
    expect((await refusal(listPortalEnrolments(null))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(listPortalNotifications(null))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(markPortalNotificationsSeen(null, { notificationIds: [crypto.randomUUID()] }))).code).toBe("UNAUTHENTICATED");
  });
});

describe("the portal's notifications", () => {
  it("are listed, the worker's own and oldest first, as often as asked: reading marks none seen", async () => {
    const [mine, other] = await Promise.all([seoulWorkerWithCode(), seoulWorkerWithCode()]);
    const promoted = await seoulCourse();
    const cancelled = await seoulCourse();
    await db.workerNotification.create({ data: { workerId: mine.id, courseId: promoted.id, kind: "PROMOTED_FROM_WAITLIST", createdAt: new Date(Date.now() - 60_000) } });
    await db.workerNotification.create({ data: { workerId: mine.id, courseId: cancelled.id, kind: "COURSE_CANCELLED" } });
    await db.workerNotification.create({ data: { workerId: other.id, courseId: cancelled.id, kind: "COURSE_CANCELLED" } });

    const actor = await portalActorOf(mine);
    const first = await listPortalNotifications(actor);
    expect(first.map((n) => [n.kind, n.course.titleEn])).toEqual([
      ["PROMOTED_FROM_WAITLIST", promoted.titleEn],
      ["COURSE_CANCELLED", cancelled.titleEn],
    ]);
    // A refresh or a prefetch of the page reads again: the same two, still unseen.
    expect(await listPortalNotifications(actor)).toEqual(first);
    expect(await db.workerNotification.count({ where: { workerId: mine.id, seenAt: null } })).toBe(2);
  });

  it("are marked seen by the worker's action, only those shown and only their own", async () => {
    const [mine, other] = await Promise.all([seoulWorkerWithCode(), seoulWorkerWithCode()]);
    const course = await seoulCourse();
    const shown = await db.workerNotification.create({ data: { workerId: mine.id, courseId: course.id, kind: "PROMOTED_FROM_WAITLIST" }, select: { id: true } });
    const othersOwn = await db.workerNotification.create({ data: { workerId: other.id, courseId: course.id, kind: "COURSE_CANCELLED" }, select: { id: true } });

    const actor = await portalActorOf(mine);
    expect((await listPortalNotifications(actor)).map(({ id }) => id)).toEqual([shown.id]);
    // One arrives after the page was shown: the action names only what was shown.
    const arrivedSince = await db.workerNotification.create({ data: { workerId: mine.id, courseId: course.id, kind: "COURSE_CANCELLED" }, select: { id: true } });

    // Another worker's id sent along is not touched.
    expect(await markPortalNotificationsSeen(actor, { notificationIds: [shown.id, othersOwn.id] })).toBe(1);
    expect((await listPortalNotifications(actor)).map(({ id }) => id)).toEqual([arrivedSince.id]);
    expect(await db.workerNotification.findUnique({ where: { id: othersOwn.id }, select: { seenAt: true } })).toEqual({ seenAt: null });
    expect((await listPortalNotifications(await portalActorOf(other))).map(({ id }) => id)).toEqual([othersOwn.id]);

    // Marking again changes nothing; what is not a list of ids is refused before the database.
    expect(await markPortalNotificationsSeen(actor, { notificationIds: [shown.id] })).toBe(0);
    expect((await refusal(markPortalNotificationsSeen(actor, { notificationIds: ["not-an-id"] }))).code).toBe("VALIDATION");
    expect((await refusal(markPortalNotificationsSeen(actor, { notificationIds: [] }))).code).toBe("VALIDATION");
  });
});
