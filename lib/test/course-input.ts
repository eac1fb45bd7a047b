/**
 * What an officer types about a course, for the integration and end-to-end tests. Pure: no
 * database here, so the Playwright specs can use it too.
 */
import { randomLatinWord } from "./random-person";

/** The calendar day `offsetDays` from today (UTC), as YYYY-MM-DD. */
export function isoDay(offsetDays: number): string {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offsetDays)).toISOString().slice(0, 10);
}

/** An open course a month from now; a random word in the title so a search finds only it. */
export function courseInput(overrides: Record<string, unknown> = {}) {
  const word = randomLatinWord(8);
  return {
    titleEn: `Workplace safety ${word}`,
    titleKm: `សុវត្ថិភាពការងារ ${word}`,
    provider: "HRD Korea, Seoul region",
    place: "Ansan Training Centre",
    startsOn: isoDay(30),
    endsOn: isoDay(34),
    scheduleNote: "Saturdays and Sundays, 09:00 to 16:00",
    capacity: 10,
    status: "OPEN",
    ...overrides,
  };
}
