import { describe, expect, it } from "vitest";
import { completionBlocker, courseDayCount, daysRequired, tallyAttendance } from "./course-completion";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const course = { startsOn: day("2026-12-01"), endsOn: day("2026-12-03"), minAttendancePercent: 80 };

describe("a course's days and its attendance rule", () => {
  it("counts the first and the last day", () => {
    expect(courseDayCount(day("2026-12-01"), day("2026-12-01"))).toBe(1);
    expect(courseDayCount(day("2026-12-01"), day("2026-12-03"))).toBe(3);
    expect(courseDayCount(day("2026-02-27"), day("2026-03-02"))).toBe(4);
  });

  it.each([
    [3, 80, 3],
    [5, 80, 4],
    [10, 80, 8],
    [1, 1, 1],
    [7, 100, 7],
    [4, 50, 2],
  ])("%i days at %i %% ask for %i days present", (days, percent, required) => {
    expect(daysRequired(days, percent)).toBe(required);
  });

  it("counts a day with no record as not recorded, not as present or absent", () => {
    const tally = tallyAttendance(course, [{ day: day("2026-12-01"), present: true }]);
    expect(tally).toEqual({ days: 3, present: 1, absent: 0, notRecorded: 2, required: 3 });
  });

  it("ignores records outside the course's days (a course moved after attendance was taken)", () => {
    const tally = tallyAttendance(course, [
      { day: day("2026-11-30"), present: true },
      { day: day("2026-12-02"), present: false },
    ]);
    expect(tally).toEqual({ days: 3, present: 0, absent: 1, notRecorded: 2, required: 3 });
  });
});

describe("when an enrolment may be completed", () => {
  const everyDay = tallyAttendance(course, ["2026-12-01", "2026-12-02", "2026-12-03"].map((iso) => ({ day: day(iso), present: true })));

  it("not before the course's last day, whatever the attendance", () => {
    expect(completionBlocker(course, everyDay, day("2026-11-15"))).toBe("notEnded");
    expect(completionBlocker(course, everyDay, day("2026-12-02"))).toBe("notEnded");
  });

  it("from the last day on, when the worker was present on enough days", () => {
    expect(completionBlocker(course, everyDay, day("2026-12-03"))).toBeNull();
    expect(completionBlocker(course, everyDay, day("2027-01-10"))).toBeNull();
  });

  it("not when too few days were recorded present", () => {
    const once = tallyAttendance(course, [{ day: day("2026-12-01"), present: true }]);
    expect(completionBlocker(course, once, day("2026-12-04"))).toBe("attendanceShort");
    const lenient = tallyAttendance({ ...course, minAttendancePercent: 30 }, [{ day: day("2026-12-01"), present: true }]);
    expect(completionBlocker(course, lenient, day("2026-12-04"))).toBeNull();
  });
});
