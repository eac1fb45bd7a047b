/**
 * Random personal details for test workers, so that they never look like likely duplicates of
 * each other or of the demo workers (same birth date and similar name, or same phone).
 * Pure: shared by the integration tests and the end-to-end tests.
 */

/** A random day between 1970 and 2005. */
export function randomBirthDate(): string {
  const start = Date.UTC(1970, 0, 1);
  const span = Date.UTC(2005, 0, 1) - start;
  return new Date(start + Math.floor(Math.random() * span)).toISOString().slice(0, 10);
}

export function randomPhone(): string {
  return `+6681${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
}

/** Two words of random letters: no trigram similarity worth the name to any other. */
export function randomLatinName(): string {
  const word = (length: number) => Array.from({ length }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("");
  return `${word(5)} ${word(7)}`;
}
