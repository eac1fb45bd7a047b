import type { Actor } from "@/lib/auth/permissions";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { actorFor } from "./actors";

/** Whom the matrix tests try each operation as; the records under test belong to Bangkok. */
export type Who = "ownOfficer" | "otherOfficer" | "ministry" | "admin" | "anonymous";

/** "hidden": the call succeeded, but what it returned did not show the record under test. */
export type Outcome = "ok" | "hidden" | AppErrorCode;

export async function matrixActors(): Promise<Record<Who, Actor | null>> {
  return {
    ownOfficer: await actorFor("officer.th@registry.test"),
    otherOfficer: await actorFor("officer.kr@registry.test"),
    ministry: await actorFor("ministry@registry.test"),
    admin: await actorFor("admin@registry.test"),
    anonymous: null,
  };
}

/** One test case per operation and actor. */
export function matrixCells(expected: Record<string, Record<Who, Outcome>>) {
  return Object.entries(expected).flatMap(([operation, byWho]) => Object.entries(byWho).map(([who, outcome]) => ({ operation, who: who as Who, outcome })));
}

/** How a call ended: "ok", "hidden" (the operation said so), or the code it was refused with. */
export function outcomeOf(work: Promise<unknown>): Promise<Outcome> {
  return work.then(
    (value) => (value === "hidden" ? "hidden" : "ok"),
    (error: unknown) => {
      if (error instanceof AppError) return error.code;
      throw error;
    },
  );
}
