import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { can, type Actor, type Role } from "@/lib/auth/permissions";
import { tokenHash } from "@/lib/auth/token-hash";
import { AppError } from "@/lib/errors";
import { parseInput, UUID } from "@/lib/schemas/common";
import { ApiTokenInput } from "@/lib/schemas/user";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";

/** Writing the last use once a minute is enough for an administrator, and spares a write per call. */
const TOUCH_AFTER_MS = 60_000;

export async function listApiTokens(actor: Actor | null) {
  authorize(actor, "apiToken.manage");
  return db.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      role: true,
      prefix: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      post: { select: { name: true } },
      owner: { select: { name: true, email: true } },
    },
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A new token, returned this once: `wr_` and 43 characters. Its issuer owns it; it expires after the days asked (90 unless said, a year at most). */
export async function issueApiToken(actor: Actor | null, raw: unknown): Promise<{ id: string; token: string }> {
  const { actor: admin } = authorize(actor, "apiToken.manage");
  const input = parseInput(ApiTokenInput, raw);
  const token = `wr_${randomBytes(32).toString("base64url")}`;
  const id = await db.$transaction(async (tx) => {
    if (input.postId && !(await tx.post.findUnique({ where: { id: input.postId }, select: { id: true } }))) throw new AppError("VALIDATION", "errors.VALIDATION", { postId: ["validation.choose"] });
    const { id, expiresAt } = await tx.apiToken.create({
      data: {
        name: input.name,
        role: input.role,
        postId: input.postId ?? null,
        tokenHash: tokenHash(token),
        prefix: token.slice(0, 7),
        ownerId: admin.id,
        expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, admin, { action: "apiToken.issue", entityType: "ApiToken", entityId: id, after: { name: input.name, role: input.role, postId: input.postId ?? null, ownerId: admin.id, expiresAt } });
    return id;
  });
  return { id, token };
}

/** Revoked at once: the next call with the token is refused. */
export async function revokeApiToken(actor: Actor | null, id: string): Promise<void> {
  const { actor: admin } = authorize(actor, "apiToken.manage");
  if (!UUID.test(id)) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, admin, { action: "apiToken.revoke", entityType: "ApiToken", entityId: id });
  });
}

/**
 * An owner's tokens stop working when the owner is deactivated or their role changes (inside that
 * change's transaction): each revocation is audited, naming why.
 */
export async function revokeTokensOf(tx: Tx, admin: Actor, ownerId: string, reason: "ownerDeactivated" | "ownerRoleChanged"): Promise<void> {
  const tokens = await tx.apiToken.findMany({ where: { ownerId, revokedAt: null }, select: { id: true } });
  if (!tokens.length) return;
  await tx.apiToken.updateMany({ where: { id: { in: tokens.map((token) => token.id) } }, data: { revokedAt: new Date() } });
  for (const { id } of tokens) await recordAudit(tx, admin, { action: "apiToken.revoke", entityType: "ApiToken", entityId: id, after: { reason } });
}

/**
 * The actor a machine client acts as, from its bearer token: the token's owner, with the token's
 * role and post, and the token named, so that the audit trail names both behind each change. A
 * token revoked, expired, or whose owner is no longer an active administrator is refused.
 */
export async function actorForApiToken(token: string, requestId?: string): Promise<Actor | null> {
  const found = await db.apiToken.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { id: true, role: true, postId: true, revokedAt: true, expiresAt: true, lastUsedAt: true, owner: { select: { id: true, role: true, postId: true, active: true } } },
  });
  const now = new Date();
  if (!found || found.revokedAt || found.expiresAt <= now) return null;
  const { owner } = found;
  if (!owner.active || !can({ id: owner.id, role: owner.role as Role, postId: owner.postId }, "apiToken.manage")) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  return { id: owner.id, role: found.role as Role, postId: found.postId, tokenId: found.id, requestId };
}
