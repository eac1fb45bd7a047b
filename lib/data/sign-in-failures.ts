import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { maskEmail } from "@/lib/mask";
import { authorize } from "./authorize";

export type SignInFailure = { at: Date; email: string | null; address: string | null; userId: string | null };

/** A failure is recorded under the account's id, or under `email:<digest>` when the e-mail is no account's. */
const accountOf = (entityId: string) => (entityId.startsWith("email:") ? null : entityId);

/**
 * The latest failed staff sign-ins, newest first, for administrators: when, the e-mail masked,
 * the client address, and the account when the e-mail was one. Events recorded before the masked
 * e-mail was kept show the account's own e-mail, masked, when there is an account.
 */
export async function listRecentSignInFailures(actor: Actor | null, limit: number): Promise<SignInFailure[]> {
  authorize(actor, "user.read");
  const events = await db.auditEvent.findMany({
    where: { action: "auth.signInFailed" },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true, entityId: true, after: true },
  });
  const userIds = [...new Set(events.map((event) => accountOf(event.entityId)).filter((id): id is string => id !== null))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } });
  const emails = new Map(users.map((user) => [user.id, user.email]));
  return events.map((event) => {
    const recorded = (event.after ?? {}) as { email?: string; address?: string | null };
    const userId = accountOf(event.entityId);
    const accountEmail = userId ? emails.get(userId) : undefined;
    return {
      at: event.at,
      email: recorded.email ?? (accountEmail ? maskEmail(accountEmail) : null),
      address: recorded.address ?? null,
      userId,
    };
  });
}
