import "server-only";
import { db, type Tx } from "@/lib/db";
import { UUID } from "@/lib/schemas/common";

/** OWASP ASVS level 2: a session ends after 30 idle minutes, and after 12 hours whatever happens. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Activity is written at most once a minute per session, not on every request. */
const TOUCH_AFTER_MS = 60 * 1000;

/** A new session for a user who just proved who they are; their sessions that are over are cleared. */
export async function startStaffSession(userId: string): Promise<string> {
  const now = Date.now();
  const [, session] = await db.$transaction([
    db.staffSession.deleteMany({
      where: {
        userId,
        OR: [{ endedAt: { not: null } }, { lastSeenAt: { lt: new Date(now - IDLE_TIMEOUT_MS) } }, { createdAt: { lt: new Date(now - ABSOLUTE_TIMEOUT_MS) } }],
      },
    }),
    db.staffSession.create({ data: { userId }, select: { id: true } }),
  ]);
  return session.id;
}

/** The user of a session that is still open, recording the activity; null when it is over. */
export async function openSessionUser(sessionId: string, now = new Date()): Promise<string | null> {
  if (!UUID.test(sessionId)) return null;
  const session = await db.staffSession.findUnique({ where: { id: sessionId }, select: { userId: true, createdAt: true, lastSeenAt: true, endedAt: true } });
  if (!session || session.endedAt) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (idle > IDLE_TIMEOUT_MS || now.getTime() - session.createdAt.getTime() > ABSOLUTE_TIMEOUT_MS) return null;
  if (idle > TOUCH_AFTER_MS) await db.staffSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  return session.userId;
}

/** Signing out: this session ends on the server, so its cookie is worth nothing even if kept. */
export async function endStaffSession(sessionId: string): Promise<void> {
  if (UUID.test(sessionId)) await db.staffSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/**
 * Ends every open session of a user, in the transaction of the change that calls for it; `except`
 * keeps the one in which the person made the change themselves.
 */
export async function endSessionsOf(tx: Tx, userId: string, { except }: { except?: string } = {}): Promise<void> {
  await tx.staffSession.updateMany({ where: { userId, endedAt: null, ...(except ? { id: { not: except } } : {}) }, data: { endedAt: new Date() } });
}
