/**
 * Random personal details for test workers, so that they never look like likely duplicates of
 * each other or of the demo workers (same birth date and similar name, or same phone), and never
 * reuse a passport number. Pure: shared by the integration tests and the end-to-end tests.
 */

function randomLetters(first: number, count: number, length: number): string {
  return Array.from({ length }, () => String.fromCharCode(first + Math.floor(Math.random() * count))).join("");
}

/** Capital Latin letters only, so that it can be part of a name as in a passport. */
export function randomLatinWord(length = 7): string {
  return randomLetters(0x41, 26, length);
}

/** Khmer consonants: a Khmer name part no demo worker has. */
export function randomKhmerWord(length = 4): string {
  return randomLetters(0x1780, 0x22, length);
}

/** Two words of random letters: no trigram similarity worth the name to any other. */
export function randomLatinName(): string {
  return `${randomLatinWord(5)} ${randomLatinWord(7)}`;
}

/** A random day between 1970 and 2005. */
export function randomBirthDate(): string {
  const start = Date.UTC(1970, 0, 1);
  const span = Date.UTC(2005, 0, 1) - start;
  return new Date(start + Math.floor(Math.random() * span)).toISOString().slice(0, 10);
}

export function randomPhone(): string {
  return `+6681${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
}

/** A passport number that no demo worker (they start with N) or other test uses. */
export function uniquePassport(prefix = "T"): string {
  return `${prefix}${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}
