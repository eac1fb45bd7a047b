import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { english } from "@/lib/api/error-response";
import { COURSE_PAGE_SIZE } from "@/lib/schemas/course";
import { actorFor, refusal } from "@/lib/test/actors";
import { attendEveryDay, courseEdit, courseInput, isoDay, newCourse, newWorkers, storedEnrolment } from "@/lib/test/courses";
import { randomLatinWord } from "@/lib/test/random-person";
import { createCourse, getCourse, getCourseStatistics, listCourses, updateCourse } from "./courses";
import { enrolWorker, setEnrolmentOutcome } from "./enrolments";

afterAll(() => db.$disconnect());

let bangkok: Actor;

beforeAll(async () => {
  bangkok = await actorFor("officer.th@registry.test");
});

const day = (offset: number) => new Date(`${isoDay(offset)}T00:00:00Z`);

describe("creating and reading courses", () => {
  it("creates a course for the officer's own post and reads it back with its places", async () => {
    const input = courseInput({ titleEn: "  Thai language and workplace safety  ", capacity: 25, enrolmentDeadline: isoDay(20) });
    const { id } = await createCourse(bangkok, input);
    const stored = await db.course.findUniqueOrThrow({ where: { id }, select: { postId: true, createdById: true } });
    expect(stored).toEqual({ postId: bangkok.postId, createdById: bangkok.id });
    expect(await getCourse(bangkok, id)).toEqual({
      id,
      titleEn: "Thai language and workplace safety",
      titleKm: input.titleKm,
      provider: "HRD Korea, Seoul region",
      place: "Ansan Training Centre",
      startsOn: day(30),
      endsOn: day(34),
      enrolmentDeadline: day(20),
      scheduleNote: input.scheduleNote,
      capacity: 25,
      // Not given: the default attendance rule.
      minAttendancePercent: 80,
      status: "OPEN",
      version: 1,
      enrolled: 0,
      waitlisted: 0,
      completed: 0,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "course.create" }, select: { actorId: true, after: true } });
    expect(audit).toMatchObject({ actorId: bangkok.id, after: { titleEn: "Thai language and workplace safety", capacity: 25 } });
  });

  it("is planned unless said otherwise, and refuses what makes no sense", async () => {
    const { id } = await createCourse(bangkok, { ...courseInput(), status: undefined, scheduleNote: "" });
    expect(await getCourse(bangkok, id)).toMatchObject({ status: "PLANNED", scheduleNote: null, enrolmentDeadline: null });

    const refused = async (overrides: Record<string, unknown>) => (await refusal(createCourse(bangkok, courseInput(overrides)))).fields;
    expect(await refused({ startsOn: isoDay(10), endsOn: isoDay(9) })).toEqual({ endsOn: ["courses.errors.endsBeforeStart"] });
    expect(await refused({ enrolmentDeadline: isoDay(35) })).toEqual({ enrolmentDeadline: ["courses.errors.deadlineAfterEnd"] });
    expect(await refused({ capacity: 0 })).toEqual({ capacity: ["courses.errors.capacity"] });
    expect(await refused({ capacity: 501 })).toEqual({ capacity: ["courses.errors.capacity"] });
    expect(await refused({ capacity: 2.5 })).toEqual({ capacity: ["courses.errors.capacity"] });
    expect(await refused({ titleEn: "   ", status: "SOMEDAY" })).toEqual({ titleEn: ["validation.required"], status: ["validation.choose"] });
    expect(await refused({ postId: crypto.randomUUID() })).toEqual({ _form: ["validation.unknownField"] });
    expect(english("courses.errors.capacity")).toContain("500");
  });

  it("lists the post's courses filtered by words, status and dates, 25 to a page", async () => {
    const token = randomLatinWord(10);
    for (let i = 0; i < COURSE_PAGE_SIZE + 2; i++) {
      await createCourse(bangkok, courseInput({ provider: `Provider ${token}`, startsOn: isoDay(100 + i), endsOn: isoDay(100 + i), status: i === 0 ? "RUNNING" : "OPEN" }));
    }
    const first = await listCourses(bangkok, { q: token.toLowerCase() });
    expect(first).toMatchObject({ total: COURSE_PAGE_SIZE + 2, page: 1, pageSize: COURSE_PAGE_SIZE });
    expect(first.items).toHaveLength(COURSE_PAGE_SIZE);
    // Latest start first.
    expect(first.items[0].startsOn).toEqual(day(100 + COURSE_PAGE_SIZE + 1));
    const second = await listCourses(bangkok, { q: token, page: "2" });
    expect(second.items.map((c) => c.startsOn)).toEqual([day(101), day(100)]);

    expect((await listCourses(bangkok, { q: token, status: "RUNNING" })).items.map((c) => c.startsOn)).toEqual([day(100)]);
    const window = await listCourses(bangkok, { q: token, from: isoDay(103), to: isoDay(104) });
    expect(window.items.map((c) => c.startsOn)).toEqual([day(104), day(103)]);
    expect((await refusal(listCourses(bangkok, { q: token, page: "0" }))).code).toBe("VALIDATION");
    expect((await refusal(listCourses(bangkok, { sort: "title" }))).code).toBe("VALIDATION");
  });
});

describe("editing a course", () => {
  it("saves the version the officer saw, audits what changed, and reports a stale one as a conflict", async () => {
    const id = await newCourse(bangkok);
    expect(await updateCourse(bangkok, id, await courseEdit(bangkok, id, { place: "Bangkok Labour Office", capacity: 12 }))).toEqual({ version: 2 });
    const stale = await refusal(updateCourse(bangkok, id, await courseEdit(bangkok, id, { place: "Somewhere else", version: 1 })));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toMatchObject({ id, place: "Bangkok Labour Office", capacity: 12, version: 2 });

    const events = await db.auditEvent.findMany({ where: { entityId: id, action: "course.update" }, select: { before: true, after: true } });
    expect(events).toEqual([{ before: { place: "Ansan Training Centre", capacity: 10 }, after: { place: "Bangkok Labour Office", capacity: 12 } }]);
    // Saving what is stored changes nothing, not even the version.
    expect(await updateCourse(bangkok, id, await courseEdit(bangkok, id))).toEqual({ version: 2 });
  });

  it("refuses fewer places than are held, and moves wait-listed workers up into new places", async () => {
    const id = await newCourse(bangkok, { capacity: 2 });
    const enrolments = [];
    for (const workerId of await newWorkers(bangkok, 4)) enrolments.push(await enrolWorker(bangkok, id, { workerId }));
    const [, , c, d] = enrolments;

    const error = await refusal(updateCourse(bangkok, id, await courseEdit(bangkok, id, { capacity: 1 })));
    expect(error.fields).toEqual({ capacity: ["courses.errors.capacityBelowHeld"] });
    expect(error.details?.messageValues).toEqual({ held: 2 });

    await updateCourse(bangkok, id, await courseEdit(bangkok, id, { capacity: 3 }));
    expect((await storedEnrolment(c.id)).status).toBe("ENROLLED");
    expect((await storedEnrolment(d.id)).status).toBe("WAITLISTED");
    expect(await db.workerNotification.count({ where: { workerId: c.workerId, courseId: id, kind: "PROMOTED_FROM_WAITLIST" } })).toBe(1);
    expect(await getCourse(bangkok, id)).toMatchObject({ capacity: 3, enrolled: 3, waitlisted: 1 });
  });

  it("tells every enrolled and wait-listed worker when the course is cancelled, and keeps it cancelled", async () => {
    const id = await newCourse(bangkok, { capacity: 1 });
    const enrolments = [];
    for (const workerId of await newWorkers(bangkok, 3)) enrolments.push(await enrolWorker(bangkok, id, { workerId }));
    const [enrolled, waiting, withdrawn] = enrolments;
    await setEnrolmentOutcome(bangkok, withdrawn.id, { outcome: "WITHDRAWN", version: 1 });

    await updateCourse(bangkok, id, await courseEdit(bangkok, id, { status: "CANCELLED" }));
    const notices = await db.workerNotification.findMany({ where: { courseId: id }, select: { workerId: true, kind: true } });
    expect(notices.sort((a, b) => a.workerId.localeCompare(b.workerId))).toEqual(
      [enrolled.workerId, waiting.workerId].sort().map((workerId) => ({ workerId, kind: "COURSE_CANCELLED" })),
    );
    // Nobody moves up into a cancelled course, and it cannot be reopened.
    expect((await storedEnrolment(waiting.id)).status).toBe("WAITLISTED");
    expect((await refusal(updateCourse(bangkok, id, await courseEdit(bangkok, id, { status: "OPEN" })))).fields).toEqual({
      status: ["courses.errors.cancelledIsFinal"],
    });
    // Saving it again while cancelled tells nobody a second time.
    await updateCourse(bangkok, id, await courseEdit(bangkok, id, { place: "Nowhere" }));
    expect(await db.workerNotification.count({ where: { courseId: id } })).toBe(2);
  });
});

describe("course statistics", () => {
  it("counts a post's courses by status and what became of their enrolments", async () => {
    const post = await db.post.create({ data: { name: `Test post ${randomLatinWord(10)}`, city: "Test", countries: { connect: [{ code: "KR" }] } } });
    const seoul = await actorFor("officer.kr@registry.test");
    // An officer of the new post: the statistics are exact for a post no other test writes to.
    const officer: Actor = { ...seoul, postId: post.id };
    const workers = await newWorkers(officer, 4, "KR");
    const open = await newCourse(officer, { capacity: 2, startsOn: isoDay(-2), endsOn: isoDay(0) });
    const cancelled = await newCourse(officer, { startsOn: isoDay(200), endsOn: isoDay(201) });
    await newCourse(officer, { status: "PLANNED", startsOn: isoDay(300), endsOn: isoDay(301) });
    const enrolments = [];
    for (const workerId of workers) enrolments.push(await enrolWorker(officer, open, { workerId }));
    await attendEveryDay(officer, open, [enrolments[0].id]);
    await setEnrolmentOutcome(officer, enrolments[0].id, { outcome: "COMPLETED", version: 1 });
    await setEnrolmentOutcome(officer, enrolments[1].id, { outcome: "WITHDRAWN", version: 1 });
    await enrolWorker(officer, cancelled, { workerId: workers[0] });
    await updateCourse(officer, cancelled, await courseEdit(officer, cancelled, { status: "CANCELLED" }));

    const expected = {
      postId: post.id,
      postName: post.name,
      courses: { PLANNED: 1, OPEN: 1, RUNNING: 0, FINISHED: 0, CANCELLED: 1 },
      enrolled: 1,
      waitlisted: 1,
      completed: 1,
      withdrawn: 1,
      noShow: 0,
    };
    expect(await getCourseStatistics(officer)).toEqual([expected]);
    const everyPost = await getCourseStatistics(await actorFor("ministry@registry.test"));
    expect(everyPost.find((row) => row.postId === post.id)).toEqual(expected);
    expect(everyPost.map((row) => row.postId)).toContain(bangkok.postId);
    expect(everyPost.map((row) => row.postId)).toContain(seoul.postId);
  });
});

