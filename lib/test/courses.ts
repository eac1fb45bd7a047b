import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { createCourse, getCourse } from "@/lib/data/courses";
import { recordAttendance } from "@/lib/data/enrolments";
import { createWorker } from "@/lib/data/workers";
import { workerInput } from "./actors";
import { courseInput, isoDay } from "./course-input";

export { courseInput, isoDay } from "./course-input";

/** A course of the officer's post; returns its id. */
export async function newCourse(officer: Actor, overrides: Record<string, unknown> = {}): Promise<string> {
  return (await createCourse(officer, courseInput(overrides))).id;
}

/** Workers registered by the officer for a destination their post covers, one after another. */
export async function newWorkers(officer: Actor, count: number, destinationCountry = "TH"): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await createWorker(officer, workerInput({ destinationCountry }))).id);
  return ids;
}

/** An enrolment's stored state, read past the data layer. */
export function storedEnrolment(id: string) {
  return db.enrolment.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, queuePosition: true, certificateNo: true, completedOn: true } });
}

/** The course as its edit form would send it back, as of the version now stored, with `changes`. */
export async function courseEdit(officer: Actor, id: string, changes: Record<string, unknown> = {}) {
  const course = await getCourse(officer, id);
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";
  return {
    titleEn: course.titleEn,
    titleKm: course.titleKm,
    provider: course.provider,
    place: course.place,
    startsOn: day(course.startsOn),
    endsOn: day(course.endsOn),
    scheduleNote: course.scheduleNote ?? "",
    capacity: course.capacity,
    enrolmentDeadline: day(course.enrolmentDeadline),
    minAttendancePercent: course.minAttendancePercent,
    status: course.status,
    version: course.version,
    ...changes,
  };
}

/** A course that ran from two days ago to today: the first day on which its enrolments may be completed. */
export const endingToday = { startsOn: isoDay(-2), endsOn: isoDay(0), status: "RUNNING" } as const;

/** Records the enrolments given present (every other one absent) on each day of an `endingToday` course. */
export async function attendEveryDay(officer: Actor, courseId: string, present: string[]): Promise<void> {
  for (const offset of [-2, -1, 0]) await recordAttendance(officer, courseId, { day: isoDay(offset), present });
}
