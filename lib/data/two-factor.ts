import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors";
import { log } from "@/lib/log";
import { twoFactorRequired, type Actor, type Role } from "@/lib/auth/permissions";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";
import { matchTotpStep, newTotpSecret, TOTP_SEAL_PURPOSE } from "@/lib/auth/totp";
import { newRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from "@/lib/auth/recovery-codes";
import { tokenHash } from "@/lib/auth/token-hash";
import { parseInput } from "@/lib/schemas/common";
import { TwoFactorCodeInput } from "@/lib/schemas/two-factor";
import { recordAudit } from "./audit";
import { authorizeOwnAccount } from "./authorize";
import { endSessionsOf } from "./staff-sessions";

const sealing = () => ({ authSecret: env.NEXTAUTH_SECRET, purpose: TOTP_SEAL_PURPOSE });

/** The stored secret in base32, or null when it was sealed under another NEXTAUTH_SECRET. */
function openTotpSecret(sealed: string, userId: string): string | null {
  try {
    return openSecret(sealed, sealing());
  } catch {
    log("error", "a two-factor secret cannot be opened: was NEXTAUTH_SECRET changed? An administrator can reset the account's two-factor sign-in", { userId });
    return null;
  }
}

/** Seals a secret for storage (also the seed's way to give demo accounts their known secret). */
function sealTotpSecret(secret: string, authSecret = env.NEXTAUTH_SECRET): string {
  return sealSecret(secret, { authSecret, purpose: TOTP_SEAL_PURPOSE });
}

/** Where the person's own two-factor sign-in stands, for the page that sets it up. */
export async function getTwoFactorStatus(actor: Actor | null): Promise<{ enabled: boolean; required: boolean; recoveryCodesLeft: number }> {
  const me = authorizeOwnAccount(actor);
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: { role: true, totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  return { enabled: user.totpEnabledAt !== null, required: twoFactorRequired[user.role as Role], recoveryCodesLeft: user._count.recoveryCodes };
}

/**
 * The secret to add to an authenticator app. The same one until it is confirmed, so that opening
 * the page again does not invalidate what the person already scanned.
 */
export async function startTwoFactorEnrolment(actor: Actor | null): Promise<{ secret: string; email: string }> {
  const me = authorizeOwnAccount(actor);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: me.id }, select: { email: true, totpSecret: true, totpEnabledAt: true } });
    if (user.totpEnabledAt) throw new AppError("CONFLICT", "twoFactor.alreadyEnabled");
    const pending = user.totpSecret && openTotpSecret(user.totpSecret, me.id);
    if (pending) return { secret: pending, email: user.email };
    const secret = newTotpSecret();
    await tx.user.update({ where: { id: me.id }, data: { totpSecret: sealTotpSecret(secret) } });
    await recordAudit(tx, me, { action: "user.twoFactorSetupStart", entityType: "User", entityId: me.id });
    return { secret, email: user.email };
  });
}

/** Ten new recovery codes, replacing any earlier ones; returned this once, stored as hashes. */
async function replaceRecoveryCodesOf(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: tokenHash(normaliseRecoveryCode(code)!) })) });
  return codes;
}

/**
 * Turns two-factor sign-in on with a first code from the app, and returns the recovery codes.
 * The account's other sessions end: one opened with the password alone before this must not
 * carry on as if it had given a code. This session, which just gave one, goes on.
 */
export async function confirmTwoFactorEnrolment(actor: Actor | null, raw: unknown): Promise<{ recoveryCodes: string[] }> {
  const me = authorizeOwnAccount(actor);
  const { code } = parseInput(TwoFactorCodeInput, raw);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: me.id }, select: { totpSecret: true, totpEnabledAt: true } });
    if (user.totpEnabledAt) throw new AppError("CONFLICT", "twoFactor.alreadyEnabled");
    const secret = user.totpSecret && openTotpSecret(user.totpSecret, me.id);
    const step = secret ? matchTotpStep(secret, code) : null;
    if (step === null) throw fieldError("code", "validation.twoFactorCodeWrong");
    const { count } = await tx.user.updateMany({
      where: { id: me.id, totpEnabledAt: null },
      data: { totpEnabledAt: new Date(), totpLastStep: step, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "twoFactor.alreadyEnabled");
    const recoveryCodes = await replaceRecoveryCodesOf(tx, me.id);
    await endSessionsOf(tx, me.id, { except: me.sessionId });
    await recordAudit(tx, me, { action: "user.twoFactorEnable", entityType: "User", entityId: me.id, after: { recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  });
}

/**
 * Accepts an authenticator code once: its step must be newer than the last accepted one, and the
 * update that records it only succeeds for one of two requests racing with the same code.
 */
async function acceptTotpCode(tx: Tx, userId: string, code: string): Promise<boolean> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user?.totpEnabledAt || !user.totpSecret) return false;
  const secret = openTotpSecret(user.totpSecret, userId);
  const step = secret ? matchTotpStep(secret, code, { lastStep: user.totpLastStep }) : null;
  if (step === null) return false;
  const { count } = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** New recovery codes for a person who used or lost theirs, confirmed with a code from the app. */
export async function replaceRecoveryCodes(actor: Actor | null, raw: unknown): Promise<{ recoveryCodes: string[] }> {
  const me = authorizeOwnAccount(actor);
  const { code } = parseInput(TwoFactorCodeInput, raw);
  return db.$transaction(async (tx) => {
    if (!(await acceptTotpCode(tx, me.id, code))) throw fieldError("code", "validation.twoFactorCodeWrong");
    const recoveryCodes = await replaceRecoveryCodesOf(tx, me.id);
    await recordAudit(tx, me, { action: "user.recoveryCodesReplace", entityType: "User", entityId: me.id, after: { recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  });
}

export type SecondFactor = { method: "totp" } | { method: "recovery"; recoveryCodesLeft: number };

/**
 * The second step of a sign-in whose password was right: six digits from the app, or one of the
 * recovery codes, each accepted once. Null for anything else; the caller counts it as a failure.
 */
export async function checkSecondFactor(user: { id: string; role: Role; postId: string | null }, typed: string): Promise<SecondFactor | null> {
  const digits = typed.replace(/\s/g, "");
  if (/^\d{6}$/.test(digits)) return (await db.$transaction((tx) => acceptTotpCode(tx, user.id, digits))) ? { method: "totp" } : null;
  const recovery = normaliseRecoveryCode(typed);
  if (!recovery) return null;
  return db.$transaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({
      where: { userId: user.id, codeHash: tokenHash(recovery), usedAt: null, user: { totpEnabledAt: { not: null } } },
      data: { usedAt: new Date() },
    });
    if (count === 0) return null;
    const recoveryCodesLeft = await tx.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
    await recordAudit(tx, { id: user.id, role: user.role, postId: user.postId }, { action: "user.recoveryCodeUse", entityType: "User", entityId: user.id, after: { recoveryCodesLeft } });
    return { method: "recovery", recoveryCodesLeft } as const;
  });
}
