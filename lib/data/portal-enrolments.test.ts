import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refusal } from "@/lib/test/actors";
import { portalActorOf, seoulCourse, seoulWorkerWithCode } from "@/lib/test/portal-fixtures";
import { listPortalEnrolments, takePortalNotifications } from "./portal-enrolments";

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
    expect((await refusal(takePortalNotifications(null))).code).toBe("UNAUTHENTICATED");
  });
});

describe("the portal's notifications", () => {
  it("hand over the worker's own unseen notifications once, oldest first", async () => {
    const [mine, other] = await Promise.all([seoulWorkerWithCode(), seoulWorkerWithCode()]);
    const promoted = await seoulCourse();
    const cancelled = await seoulCourse();
    await db.workerNotification.create({ data: { workerId: mine.id, courseId: promoted.id, kind: "PROMOTED_FROM_WAITLIST", createdAt: new Date(Date.now() - 60_000) } });
    await db.workerNotification.create({ data: { workerId: mine.id, courseId: cancelled.id, kind: "COURSE_CANCELLED" } });
    await db.workerNotification.create({ data: { workerId: other.id, courseId: cancelled.id, kind: "COURSE_CANCELLED" } });

    const actor = await portalActorOf(mine);
    const notifications = await takePortalNotifications(actor);
    expect(notifications.map((n) => [n.kind, n.course.titleEn])).toEqual([
      ["PROMOTED_FROM_WAITLIST", promoted.titleEn],
      ["COURSE_CANCELLED", cancelled.titleEn],
    ]);
    expect(await takePortalNotifications(actor)).toEqual([]);
    expect(await db.workerNotification.count({ where: { workerId: other.id, seenAt: null } })).toBe(1);
  });
});
