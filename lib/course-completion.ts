/**
 * When an enrolment may be marked completed: the course has reached its last day, and the worker
 * was recorded present on at least the course's minimum share of its days. A course's days are
 * every day from its first to its last: a day with no record for the worker counts as not present
 * (the officer records it first), so "present 1 of 1 day" on a 3-day course cannot pass.
 */

const DAY_MS = 86_400_000;

/** The days a course runs, first and last included. */
export function courseDayCount(startsOn: Date, endsOn: Date): number {
  return Math.round((endsOn.getTime() - startsOn.getTime()) / DAY_MS) + 1;
}

/** The days present that the course's rule asks for: its share of the course's days, rounded up. */
export function daysRequired(dayCount: number, minAttendancePercent: number): number {
  // Whole-number arithmetic: 80 % of 5 days is 4 days, not 4.000000001 rounded up to 5.
  return Math.ceil((dayCount * minAttendancePercent) / 100);
}

export type AttendanceTally = {
  /** The course's days, first to last. */
  days: number;
  present: number;
  absent: number;
  /** Course days with nothing recorded for this worker yet. */
  notRecorded: number;
  /** Days present the course's rule asks for. */
  required: number;
};

export function tallyAttendance(
  course: { startsOn: Date; endsOn: Date; minAttendancePercent: number },
  attendance: readonly { day: Date; present: boolean }[],
): AttendanceTally {
  const days = courseDayCount(course.startsOn, course.endsOn);
  const onCourseDays = attendance.filter((record) => record.day >= course.startsOn && record.day <= course.endsOn);
  const present = onCourseDays.filter((record) => record.present).length;
  return {
    days,
    present,
    absent: onCourseDays.length - present,
    notRecorded: days - onCourseDays.length,
    required: daysRequired(days, course.minAttendancePercent),
  };
}

/** Why an enrolment cannot be completed today, or null when it can. */
export function completionBlocker(course: { endsOn: Date }, tally: AttendanceTally, today: Date): "notEnded" | "attendanceShort" | null {
  if (today < course.endsOn) return "notEnded";
  if (tally.present < tally.required) return "attendanceShort";
  return null;
}
