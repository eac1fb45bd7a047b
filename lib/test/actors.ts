import { db } from "@/lib/db";
import { actorForSession } from "@/lib/data/users";
import type { Actor } from "@/lib/auth/permissions";
import { randomBirthDate, randomPhone } from "./random-person";

export { randomBirthDate, randomPhone };

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

export function workerInput(overrides: Record<string, unknown> = {}) {
  return {
    fullName: "Sok Dara",
    fullNameKm: "សុខ ដារ៉ា",
    sex: "M",
    dateOfBirth: randomBirthDate(),
    passportNo: uniquePassport(),
    phone: randomPhone(),
    provinceCode: "KH-14",
    destinationCountry: "TH",
    employer: "Siam Concrete Works Co., Ltd.",
    sector: "CONSTRUCTION",
    scheme: "MOU",
    status: "DEPLOYED",
    deployedOn: "2024-02-01",
    contractEnd: "2026-01-31",
    ...overrides,
  };
}
