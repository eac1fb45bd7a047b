import "server-only";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/permissions";
import { verifySecret } from "@/lib/auth/password";
import { authorize } from "./authorize";

/** The user behind a sign-in, or null; the caller cannot tell an unknown e-mail from a wrong password. */
export async function authenticateStaff(email: string, password: string): Promise<{ id: string; sessionVersion: number } | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifySecret(user?.passwordHash, password);
  if (!user || !valid || !user.active) return null;
  return { id: user.id, sessionVersion: user.sessionVersion };
}

/**
 * The actor for a signed-in session, re-read from the database on every request so that a
 * deactivated account, a changed role or post, or a bumped session version takes effect at once.
 */
export async function actorForSession(userId: string, sessionVersion: number, requestId?: string): Promise<(Actor & { name: string; email: string; postName: string | null }) | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, postId: true, active: true, sessionVersion: true, name: true, email: true, post: { select: { name: true } } },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    role: user.role as Role,
    postId: user.postId,
    requestId,
    name: user.name,
    email: user.email,
    postName: user.post?.name ?? null,
  };
}

/** Staff accounts, for administrators. */
export function listUsers(actor: Actor | null) {
  authorize(actor, "user.read");
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, post: { select: { name: true } } },
  });
}
