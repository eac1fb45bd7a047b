import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DuplicateReason } from "./duplicate-flags";
import { toWorkerCourse, workerCourseOrder, workerCourseSelect, type WorkerCourse } from "./enrolments";
import { accessCodeValidUntil } from "./portal-access";
import { detailFields, toWorkerDetail, type WorkerDetail } from "./workers";
import { findWorkerInScope } from "./worker-scope";

export type WorkerRecord = {
  worker: WorkerDetail;
  /** Set while the record waits to be checked as a likely duplicate. */
  duplicateFlag: { reason: DuplicateReason; flaggedAt: Date } | null;
  /** The worker's courses, latest first; null for those who may not read courses of the worker's post. */
  courses: WorkerCourse[] | null;
  /** The portal access code's dates, undefined for those who may not issue one; null when none was issued. */
  accessCode: { issuedAt: Date; validUntil: Date } | null | undefined;
};

/**
 * Everything a worker's page shows but its history: the record, its duplicate flag, its courses and
 * its access code, read in one statement after one scope check (the worker must be in the actor's
 * scope for `worker.read`). The courses and the access code are each given only to those whose
 * role may read them for the worker's post.
 */
export async function getWorkerRecord(actor: Actor | null, id: string): Promise<WorkerRecord> {
  const { actor: who, worker } = await findWorkerInScope(actor, "worker.read", id, {
    ...detailFields,
    duplicateFlag: { select: { reason: true, flaggedAt: true } },
    portalAccess: { select: { issuedAt: true } },
    enrolments: { select: workerCourseSelect, orderBy: workerCourseOrder },
  });
  const { duplicateFlag, portalAccess, enrolments, ...record } = worker;
  const postId = record.post?.id ?? null;
  return {
    worker: toWorkerDetail(record),
    duplicateFlag: duplicateFlag ? { reason: duplicateFlag.reason as DuplicateReason, flaggedAt: duplicateFlag.flaggedAt } : null,
    courses: can(who, "course.read", postId) ? enrolments.map(toWorkerCourse) : null,
    accessCode: can(who, "worker.issueAccessCode", postId)
      ? portalAccess
        ? { issuedAt: portalAccess.issuedAt, validUntil: accessCodeValidUntil(portalAccess.issuedAt) }
        : null
      : undefined,
  };
}
