import { db } from "@/lib/db";
import { createWorker } from "@/lib/data/workers";
import { issueAccessCode } from "@/lib/data/portal-access";
import { signInToPortal, portalActorForToken } from "@/lib/data/portal-sessions";
import type { PortalActor } from "@/lib/auth/permissions";
import { actorFor, workerInput } from "./actors";

/** A worker of the Seoul embassy with an access code, and what their slip says. */
export async function seoulWorkerWithCode() {
  const officer = await actorFor("officer.kr@registry.test");
  const input = workerInput({ destinationCountry: "KR", scheme: "EPS", sector: "MANUFACTURING" });
  const { id } = await createWorker(officer, input);
  const { code, registrationNo } = await issueAccessCode(officer, id);
  return { id, registrationNo, dateOfBirth: input.dateOfBirth as string, code, officer };
}

/** A client address of its own per test, so that tests do not count each other's failures. */
export function testAddress(): string {
  return `test-${crypto.randomUUID()}`;
}

/** The portal actor of a fresh session for the worker. */
export async function portalActorOf(worker: { registrationNo: string; dateOfBirth: string; code: string }): Promise<PortalActor> {
  const { token } = await signInToPortal({ registrationNo: worker.registrationNo, dateOfBirth: worker.dateOfBirth, accessCode: worker.code }, testAddress());
  const actor = await portalActorForToken(token);
  if (!actor) throw new Error("the session did not open");
  return actor;
}

/** A course of the Seoul embassy, written straight to the table (the courses data layer is tested on its own). */
export async function seoulCourse(overrides: { titleEn?: string; titleKm?: string; capacity?: number; startsOn?: string; endsOn?: string } = {}) {
  const { postId } = await actorFor("officer.kr@registry.test");
  return db.course.create({
    data: {
      postId: postId!,
      titleEn: overrides.titleEn ?? `Workplace safety ${crypto.randomUUID().slice(0, 8)}`,
      titleKm: overrides.titleKm ?? "សុវត្ថិភាពនៅកន្លែងធ្វើការ",
      provider: "HRD Korea, Seoul region",
      place: "Ansan Migrant Centre",
      startsOn: new Date(`${overrides.startsOn ?? "2026-12-07"}T00:00:00Z`),
      endsOn: new Date(`${overrides.endsOn ?? "2026-12-11"}T00:00:00Z`),
      capacity: overrides.capacity ?? 20,
      status: "OPEN",
    },
    select: { id: true, titleEn: true, titleKm: true },
  });
}
