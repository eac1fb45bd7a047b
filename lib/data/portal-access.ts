import "server-only";
import { generateAccessCode, normaliseAccessCode } from "@/lib/access-code";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";
import { findWorkerInScope } from "./worker-scope";

/** What the slip prints: the code is shown this once and never stored or logged in clear. */
export type IssuedAccessCode = {
  code: string;
  registrationNo: string;
  fullName: string;
  fullNameKm: string | null;
  dateOfBirth: Date;
  issuedAt: Date;
};

/**
 * Gives a worker of the officer's post a new portal access code. Only its hash is kept; a code
 * issued before stops working and the worker's open portal sessions end, so a lost slip can be
 * replaced safely.
 */
export async function issueAccessCode(actor: Actor | null, workerId: string): Promise<IssuedAccessCode> {
  authorize(actor, "worker.issueAccessCode");
  const code = generateAccessCode();
  const codeHash = await hashPassword(normaliseAccessCode(code));
  return db.$transaction(async (tx) => {
    const { actor: who, worker } = await findWorkerInScope(
      actor,
      "worker.issueAccessCode",
      workerId,
      { id: true, registrationNo: true, fullName: true, fullNameKm: true, dateOfBirth: true },
      tx,
    );
    const { issuedAt } = await tx.workerPortalAccess.upsert({
      where: { workerId: worker.id },
      create: { workerId: worker.id, codeHash, issuedById: who.id },
      update: { codeHash, issuedAt: new Date(), issuedById: who.id },
      select: { issuedAt: true },
    });
    const { count: sessionsEnded } = await tx.portalSession.deleteMany({ where: { workerId: worker.id } });
    await recordAudit(tx, who, {
      action: "worker.issueAccessCode",
      entityType: "Worker",
      entityId: worker.id,
      // The event's time is the issue time; a re-issue is the next such event. Never the code.
      after: { portalSessionsEnded: sessionsEnded },
    });
    return { code, registrationNo: worker.registrationNo, fullName: worker.fullName, fullNameKm: worker.fullNameKm, dateOfBirth: worker.dateOfBirth, issuedAt };
  });
}

/** When the worker's current access code was issued, or null when none was; for the officer's page. */
export async function getAccessCodeIssuedAt(actor: Actor | null, workerId: string): Promise<Date | null> {
  const { worker } = await findWorkerInScope(actor, "worker.issueAccessCode", workerId, { portalAccess: { select: { issuedAt: true } } });
  return worker.portalAccess?.issuedAt ?? null;
}
