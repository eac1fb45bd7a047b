import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorForSession } from "@/lib/data/users";
import { startStaffSession } from "@/lib/data/staff-sessions";
import type { Actor } from "@/lib/auth/permissions";
import { randomBirthDate, randomKhmerWord, randomLatinWord, randomPhone, uniquePassport } from "./random-person";

export { randomBirthDate, randomPhone, uniquePassport };

/** The actor of a seeded demo account, as a signed-in request would see it. */
export async function actorFor(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await actorForSession(await startStaffSession(user.id), `test-${crypto.randomUUID()}`);
  if (!actor) throw new Error(`${email} cannot act`);
  return actor;
}

/** The id of the demo post in `city` (Bangkok, Seoul…). */
export async function postIn(city: string): Promise<string> {
  return (await db.post.findFirstOrThrow({ where: { city }, select: { id: true } })).id;
}

/** What an officer types about a person, in both registration and correction. */
function personFields() {
  return {
    // Random names: two test workers with one name and birth date would be flagged as duplicates.
    fullName: `Sok ${randomLatinWord()}`,
    fullNameKm: `សុខ ${randomKhmerWord(7)}`,
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

/** The AppError a data function refused with; the test fails if it did not refuse. */
export async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
