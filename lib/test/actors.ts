import { db } from "@/lib/db";
import { actorForSession } from "@/lib/data/users";
import type { Actor } from "@/lib/auth/permissions";

/** The actor of a seeded demo account, as a signed-in request would see it. */
export async function actorFor(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const actor = await actorForSession(user.id, user.sessionVersion, `test-${crypto.randomUUID()}`);
  if (!actor) throw new Error(`${email} cannot act`);
  return actor;
}

/** A passport number that no demo worker or other test uses. */
export function uniquePassport(prefix = "T"): string {
  return `${prefix}${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}

/** Seven random letters from a block of the alphabet (Latin A–Z, or the Khmer consonants). */
function randomLetters(first: number, count: number): string {
  return Array.from({ length: 7 }, () => String.fromCharCode(first + Math.floor(Math.random() * count))).join("");
}

/** A random day between 1970 and 2005, so that test workers do not look like duplicates of each other. */
export function randomBirthDate(): string {
  const start = Date.UTC(1970, 0, 1);
  const span = Date.UTC(2005, 0, 1) - start;
  return new Date(start + Math.floor(Math.random() * span)).toISOString().slice(0, 10);
}

export function randomPhone(): string {
  return `+6681${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
}

/** What an officer types about a person, in both registration and correction. */
function personFields() {
  return {
    // Random names: two test workers with one name and birth date would be flagged as duplicates.
    fullName: `Sok ${randomLetters(0x41, 26)}`,
    fullNameKm: `សុខ ${randomLetters(0x1780, 0x22)}`,
    sex: "M",
    dateOfBirth: randomBirthDate(),
    passportNo: uniquePassport(),
    phone: randomPhone(),
    provinceCode: "KH-14",
    employer: "Siam Concrete Works Co., Ltd.",
    sector: "CONSTRUCTION",
    scheme: "MOU",
    deployedOn: "2024-02-01",
    contractEnd: "2026-01-31",
  };
}

export function workerInput(overrides: Record<string, unknown> = {}) {
  return { ...personFields(), destinationCountry: "TH", status: "DEPLOYED", ...overrides };
}

/** A correction: an empty passport number keeps the current one. */
export function correctionInput(version: number, overrides: Record<string, unknown> = {}) {
  return { ...personFields(), passportNo: "", version, ...overrides };
}
