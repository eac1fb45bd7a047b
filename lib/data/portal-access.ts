import "server-only";
import { formatAccessCode, generateAccessCode, normaliseAccessCode } from "@/lib/access-code";
import { hashPassword, verifySecret } from "@/lib/auth/password";
import { fieldError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/common";
import { AccessSlipInput } from "@/lib/schemas/portal";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
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
  validUntil: Date;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The last moment a code issued then works. A code is not one-time: the worker signs in with it
 * as often as they come back to check their courses, until it expires or a new one replaces it.
 */
export function accessCodeValidUntil(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + env.PORTAL_CODE_DAYS * DAY_MS);
}

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
    return { code, registrationNo: worker.registrationNo, fullName: worker.fullName, fullNameKm: worker.fullNameKm, dateOfBirth: worker.dateOfBirth, issuedAt, validUntil: accessCodeValidUntil(issuedAt) };
  });
}

/**
 * The slip of the worker's current access code, to render as PDF. The officer's browser holds the
 * code only on the panel that shows it once and sends it back in a request body; it is checked against the
 * stored hash (a superseded or made-up code gets no slip) and, like at issue time, never stored or
 * logged. The names and the date of birth are read from the record, not from the request.
 */
export async function getAccessSlip(actor: Actor | null, workerId: string, raw: unknown): Promise<Omit<IssuedAccessCode, "issuedAt">> {
  authorize(actor, "worker.issueAccessCode");
  const { code } = parseInput(AccessSlipInput, raw);
  const { worker } = await findWorkerInScope(actor, "worker.issueAccessCode", workerId, {
    registrationNo: true,
    fullName: true,
    fullNameKm: true,
    dateOfBirth: true,
    portalAccess: { select: { codeHash: true, issuedAt: true } },
  });
  if (!worker.portalAccess || !(await verifySecret(worker.portalAccess.codeHash, code))) throw fieldError("code", "portal.access.notCurrent");
  return {
    code: formatAccessCode(code),
    registrationNo: worker.registrationNo,
    fullName: worker.fullName,
    fullNameKm: worker.fullNameKm,
    dateOfBirth: worker.dateOfBirth,
    validUntil: accessCodeValidUntil(worker.portalAccess.issuedAt),
  };
}
