import "server-only";
import { randomBytes } from "node:crypto";
import { verifySecret } from "@/lib/auth/password";
import type { PortalActor } from "@/lib/auth/permissions";
import { tokenHash } from "@/lib/auth/token-hash";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/common";
import { PortalSignInInput } from "@/lib/schemas/portal";
import { accessCodeValidUntil } from "./portal-access";
import { throttledSignIn, type ThrottleKey, type ThrottlePolicy } from "./sign-in-throttle";

export const PORTAL_SESSION_MS = 2 * 60 * 60_000;

const quarterHour = 15 * 60_000;
/** Five guesses at one worker's code, then a quarter of an hour's wait. */
const perRegistrationNo: ThrottlePolicy = { maxFailures: 5, slowAfter: 3, windowMs: quarterHour, lockMs: quarterHour };
/**
 * Workers in one dormitory or behind one mobile carrier share an address, so it may fail a little
 * more often than one registration number before it locks.
 */
const perAddress: ThrottlePolicy = { maxFailures: 10, slowAfter: 3, windowMs: quarterHour, lockMs: quarterHour };

/**
 * The worker whose slip this is, or null. Every failure does the same work (one look-up and one
 * hash verification, against a placeholder when there is no code to check), so neither the
 * answer nor the time taken tells an unknown number from a wrong birth date or a wrong code.
 */
async function workerWithCredentials(input: PortalSignInInput): Promise<{ id: string; validUntil: Date } | null> {
  const worker = await db.worker.findUnique({
    where: { registrationNo: input.registrationNo },
    select: { id: true, dateOfBirth: true, portalAccess: { select: { codeHash: true, issuedAt: true } } },
  });
  const codeMatches = await verifySecret(worker?.portalAccess?.codeHash, input.accessCode);
  const birthMatches = worker?.dateOfBirth.getTime() === input.dateOfBirth.getTime();
  return worker && codeMatches && birthMatches ? { id: worker.id, validUntil: accessCodeValidUntil(worker.portalAccess!.issuedAt) } : null;
}

/**
 * Signs a worker in to the portal with what their slip says. Returns the session token for the
 * cookie (shown nowhere else); refuses with one generic message whichever field was wrong, and
 * with another while too many recent failures for the number or the address have locked it.
 */
export async function signInToPortal(raw: unknown, clientAddress: string): Promise<{ token: string; expiresAt: Date }> {
  const input = parseInput(PortalSignInInput, raw);
  const keys: ThrottleKey[] = [
    { key: `portal:registration:${input.registrationNo}`, policy: perRegistrationNo, clearOnSuccess: true },
    { key: `portal:address:${clientAddress}`, policy: perAddress, clearOnSuccess: false },
  ];
  const result = await throttledSignIn(keys, () => workerWithCredentials(input));
  if (result.outcome === "locked") throw new AppError("UNAUTHENTICATED", "portal.signIn.locked");
  if (result.outcome === "failed") throw new AppError("UNAUTHENTICATED", "portal.signIn.failed");

  // Only someone who gave all three right learns that the code expired: they need a new slip, not another try.
  if (result.value.validUntil <= new Date()) throw new AppError("UNAUTHENTICATED", "portal.signIn.expired");
  const workerId = result.value.id;
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + PORTAL_SESSION_MS);
  await db.$transaction([
    db.portalSession.deleteMany({ where: { workerId, expiresAt: { lte: now } } }),
    db.portalSession.create({ data: { tokenHash: tokenHash(token), workerId, expiresAt }, select: { workerId: true } }),
  ]);
  return { token, expiresAt };
}

export type SignedInWorker = PortalActor & { registrationNo: string; fullName: string; fullNameKm: string | null };

/** The worker of an unexpired portal session, or null; read on every request. */
export async function portalActorForToken(token: string, requestId?: string): Promise<SignedInWorker | null> {
  const session = await db.portalSession.findFirst({
    where: { tokenHash: tokenHash(token), expiresAt: { gt: new Date() } },
    select: { worker: { select: { id: true, registrationNo: true, fullName: true, fullNameKm: true } } },
  });
  if (!session) return null;
  const { id, ...names } = session.worker;
  return { workerId: id, requestId, ...names };
}

/** Signing out ends the session on the server, not only in the browser. */
export async function endPortalSession(token: string): Promise<void> {
  await db.portalSession.deleteMany({ where: { tokenHash: tokenHash(token) } });
}
