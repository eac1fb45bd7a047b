import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import type { CourseStatus } from "@/lib/schemas/course";
import { UUID } from "@/lib/schemas/common";
import { recordAudit } from "./audit";
import type { PostScope } from "./authorize";

/**
 * Who holds one of a course's places, and so takes attendance: a completed worker kept their place
 * to the end of the course, so completion does not free it.
 */
export const HOLDS_A_PLACE = ["ENROLLED", "COMPLETED"] as const;

/**
 * Transactions on one course queue on its row lock. Under a burst (many officers enrolling at
 * once) a transaction may wait for a pooled connection and then for the lock far longer than
 * Prisma's defaults (2 s to start, 5 s to run) allow; it should wait its turn, not fail.
 */
export const QUEUED_ON_COURSE = { maxWait: 20_000, timeout: 30_000 } as const;

export type LockedCourse = {
  id: string;
  status: CourseStatus;
  capacity: number;
  startsOn: Date;
  endsOn: Date;
  enrolmentDeadline: Date | null;
  minAttendancePercent: number;
};

/**
 * Locks a course of the post until the transaction ends (SELECT … FOR UPDATE), so that everything
 * that counts or changes its places (enrolling, withdrawing, a new capacity) runs one at a time:
 * what a transaction counted stays true until it has written. Null for a course outside the scope.
 */
export async function lockCourse(tx: Tx, courseId: string, within: PostScope): Promise<LockedCourse | null> {
  if (!UUID.test(courseId)) return null;
  const [course] = await tx.$queryRaw<LockedCourse[]>`
    SELECT id, status::text AS status, capacity, "startsOn", "endsOn", "enrolmentDeadline", "minAttendancePercent"
    FROM "Course"
    WHERE id = ${courseId}::uuid AND ${within.sql()}
    FOR UPDATE`;
  return course ?? null;
}

export function placesHeld(tx: Tx, courseId: string): Promise<number> {
  return tx.enrolment.count({ where: { courseId, status: { in: [...HOLDS_A_PLACE] } } });
}

/**
 * Gives the course's free places to the first wait-listed workers, in arrival order, and tells each
 * of them (a notification the portal shows). The caller holds the course lock. A cancelled or
 * finished course moves nobody up. Returns the enrolments promoted, first in line first.
 */
export async function promoteFromWaitlist(tx: Tx, actor: Actor, course: Pick<LockedCourse, "id" | "status" | "capacity">): Promise<string[]> {
  if (course.status === "CANCELLED" || course.status === "FINISHED") return [];
  const free = course.capacity - (await placesHeld(tx, course.id));
  if (free <= 0) return [];
  const next = await tx.enrolment.findMany({
    where: { courseId: course.id, status: "WAITLISTED" },
    orderBy: { queuePosition: "asc" },
    take: free,
    select: { id: true, workerId: true },
  });
  if (next.length === 0) return [];
  await tx.enrolment.updateMany({
    where: { id: { in: next.map((enrolment) => enrolment.id) } },
    data: { status: "ENROLLED", version: { increment: 1 }, updatedById: actor.id },
  });
  await tx.workerNotification.createMany({
    data: next.map(({ workerId }) => ({ workerId, courseId: course.id, kind: "PROMOTED_FROM_WAITLIST" as const })),
  });
  for (const { id, workerId } of next) {
    await recordAudit(tx, actor, {
      action: "enrolment.promote",
      entityType: "Enrolment",
      entityId: id,
      before: { status: "WAITLISTED" },
      after: { status: "ENROLLED", courseId: course.id, workerId },
    });
  }
  return next.map((enrolment) => enrolment.id);
}

/** A wait-listed enrolment's place in line: 1 moves up first. */
export async function waitlistRank(client: Pick<Tx, "enrolment">, courseId: string, queuePosition: bigint): Promise<number> {
  return client.enrolment.count({ where: { courseId, status: "WAITLISTED", queuePosition: { lte: queuePosition } } });
}
