import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { twoFactorRequired, type Actor, type Role } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword, verifySecret } from "@/lib/auth/password";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { AppError, fieldError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/common";
import { PasswordChangeInput, UserCreateInput, UserUpdateInput, UserVersionInput } from "@/lib/schemas/user";
import { revokeTokensOf } from "./api-tokens";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";
import { recordSignInFailure } from "./security-events";
import { endSessionsOf, openSession } from "./staff-sessions";
import { violatesUnique } from "./unique-violation";

/**
 * The user behind a sign-in's password, or null; the caller cannot tell an unknown e-mail from a
 * wrong password. `twoFactor`: the sign-in also needs a code (lib/data/two-factor.ts).
 */
export async function authenticateStaff(
  email: string,
  password: string,
  clientAddress?: string,
): Promise<{ id: string; role: Role; postId: string | null; twoFactor: boolean } | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, role: true, postId: true, active: true, passwordHash: true, totpEnabledAt: true },
  });
  const valid = await verifySecret(user?.passwordHash, password);
  if (!user || !valid || !user.active) {
    await recordSignInFailure(email, user?.id ?? null, clientAddress);
    return null;
  }
  return { id: user.id, role: user.role as Role, postId: user.postId, twoFactor: user.totpEnabledAt !== null };
}

/**
 * The actor for a signed-in session, re-read from the database on every request so that an ended
 * or idle session, a deactivated account, or a changed role or post takes effect at once.
 */
export async function actorForSession(sessionId: string, requestId?: string): Promise<(Actor & { name: string; email: string; postName: string | null }) | null> {
  const user = await openSession(sessionId);
  if (!user || !user.active) return null;
  return {
    id: user.id,
    role: user.role as Role,
    postId: user.postId,
    requestId,
    sessionId,
    mustChangePassword: user.mustChangePassword,
    mustEnrolTwoFactor: twoFactorRequired[user.role as Role] && user.totpEnabledAt === null,
    sensitiveCases: user.sensitiveCases,
    name: user.name,
    email: user.email,
    postName: user.postName,
  };
}

const accountFields = { id: true, email: true, name: true, role: true, postId: true, active: true, mustChangePassword: true, totpEnabledAt: true, version: true } as const;

/** Staff accounts, for administrators. */
export async function listUsers(actor: Actor | null) {
  authorize(actor, "user.read");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    select: { ...accountFields, post: { select: { name: true } } },
  });
}

/** How many accounts each role has, active and not: numbers only, for the administrators' home page. */
export async function countUsersByRole(actor: Actor | null): Promise<{ role: Role; active: number; inactive: number }[]> {
  authorize(actor, "user.read");
  const groups = await db.user.groupBy({ by: ["role", "active"], _count: { _all: true } });
  return (["OFFICER", "MINISTRY", "ADMIN"] as const).map((role) => {
    const count = (active: boolean) => groups.find((group) => group.role === role && group.active === active)?._count._all ?? 0;
    return { role, active: count(true), inactive: count(false) };
  });
}

export async function getUser(actor: Actor | null, id: string) {
  authorize(actor, "user.read");
  const user = await db.user.findUnique({ where: { id }, select: { ...accountFields, post: { select: { name: true } } } });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

/** A password for the administrator to hand over once; the user must replace it at sign-in. */
function temporaryPassword(): string {
  return randomBytes(12).toString("base64url");
}

async function checkPost(tx: Tx, postId: string | undefined) {
  if (postId && !(await tx.post.findUnique({ where: { id: postId }, select: { id: true } }))) throw fieldError("postId", "validation.choose");
}

/** A new staff account with a temporary password, returned once and stored only as a hash. */
export async function createUser(actor: Actor | null, raw: unknown): Promise<{ id: string; temporaryPassword: string }> {
  const { actor: admin } = authorize(actor, "user.manage");
  const input = parseInput(UserCreateInput, raw);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    const id = await db.$transaction(async (tx) => {
      await checkPost(tx, input.postId);
      const { id } = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, postId: input.postId ?? null, passwordHash, mustChangePassword: true },
        select: { id: true },
      });
      await recordAudit(tx, admin, { action: "user.create", entityType: "User", entityId: id, after: { email: input.email, role: input.role, postId: input.postId ?? null } });
      return id;
    });
    return { id, temporaryPassword: password };
  } catch (error) {
    if (violatesUnique(error, "User", "email")) throw fieldError("email", "validation.emailTaken");
    throw error;
  }
}

type Change = { action: string; before?: Record<string, unknown>; after?: Record<string, unknown>; data: Record<string, unknown> };

/**
 * Applies an administrator's change to an account as of the version they saw. Every change ends
 * the account's open sessions: its next page, action or API call is refused until it signs in again.
 */
async function changeAccount(admin: Actor, id: string, version: number, change: (current: { role: string; postId: string | null; active: boolean }, tx: Tx) => Promise<Change> | Change) {
  return db.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id }, select: { role: true, postId: true, active: true, version: true } });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== version) throw new AppError("CONFLICT");
    const { action, before, after, data } = await change(current, tx);
    const { count } = await tx.user.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    await endSessionsOf(tx, id);
    await recordAudit(tx, admin, { action, entityType: "User", entityId: id, before, after });
    return { version: version + 1 };
  });
}

/** Name, role and post; an administrator cannot take away their own administration. */
export async function updateUser(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  const { actor: admin } = authorize(actor, "user.manage");
  const input = parseInput(UserUpdateInput, raw);
  if (id === admin.id && input.role !== "ADMIN") throw fieldError("role", "validation.ownRole");
  return changeAccount(admin, id, input.version, async (current, tx) => {
    await checkPost(tx, input.postId);
    if (current.role !== input.role) await revokeTokensOf(tx, admin, id, "ownerRoleChanged");
    return {
      action: "user.update",
      before: { role: current.role, postId: current.postId },
      after: { name: input.name, role: input.role, postId: input.postId ?? null },
      data: { name: input.name, role: input.role, postId: input.postId ?? null },
    };
  });
}

/** A new temporary password, returned once; the old one and every open session stop working. */
export async function resetUserPassword(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number; temporaryPassword: string }> {
  const { actor: admin } = authorize(actor, "user.manage");
  const { version } = parseInput(UserVersionInput, raw);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const result = await changeAccount(admin, id, version, () => ({ action: "user.passwordReset", data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() } }));
  return { ...result, temporaryPassword: password };
}

/**
 * For a person who lost their authenticator: the secret and the recovery codes go, and so do the
 * open sessions. At the next sign-in the password alone opens only the page that sets it up again
 * (optional for ministry staff).
 */
export async function resetUserTwoFactor(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  const { actor: admin } = authorize(actor, "user.manage");
  const { version } = parseInput(UserVersionInput, raw);
  return changeAccount(admin, id, version, async (_current, tx) => {
    const { count } = await tx.recoveryCode.deleteMany({ where: { userId: id } });
    return {
      action: "user.twoFactorReset",
      after: { recoveryCodesRemoved: count },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    };
  });
}

/** Deactivates or reactivates an account; an administrator cannot deactivate themselves. */
export async function setUserActive(actor: Actor | null, id: string, active: boolean, raw: unknown): Promise<{ version: number }> {
  const { actor: admin } = authorize(actor, "user.manage");
  const { version } = parseInput(UserVersionInput, raw);
  if (id === admin.id && !active) throw new AppError("FORBIDDEN", "errors.ownAccount");
  return changeAccount(admin, id, version, async (current, tx) => {
    if (!active) await revokeTokensOf(tx, admin, id, "ownerDeactivated");
    return { action: active ? "user.reactivate" : "user.deactivate", before: { active: current.active }, after: { active }, data: { active } };
  });
}

/**
 * The signed-in user chooses a new password (also the way out of a temporary one). Every session of
 * the account ends, this one included: the user signs in again with the new password.
 */
export async function changeOwnPassword(actor: Actor | null, raw: unknown): Promise<void> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const input = parseInput(PasswordChangeInput, raw);
  if (isCommonPassword(input.newPassword)) throw fieldError("newPassword", "validation.passwordCommon");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw fieldError("currentPassword", "validation.currentPasswordWrong");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), version: { increment: 1 } },
    });
    await endSessionsOf(tx, actor.id);
    await recordAudit(tx, actor, { action: "user.passwordChange", entityType: "User", entityId: actor.id });
  });
}
