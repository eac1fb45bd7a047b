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

/** An open session's user, as the actor for a request needs them. */
export type SessionUser = {
  id: string;
  role: string;
  postId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  totpEnabledAt: Date | null;
  sensitiveCases: boolean;
  name: string;
  email: string;
  postName: string | null;
};

type SessionRow = SessionUser & { createdAt: Date; lastSeenAt: Date; endedAt: Date | null };

/**
 * The user of a session that is still open, with their post's name, read in one statement (every
 * signed-in request starts here); the activity is recorded at most once a minute. Null when the
 * session is over or unknown.
 */
export async function openSession(sessionId: string, now = new Date()): Promise<SessionUser | null> {
  if (!UUID.test(sessionId)) return null;
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s."createdAt", s."lastSeenAt", s."endedAt",
           u.id, u.role::text AS role, u."postId", u.active, u."mustChangePassword", u."totpEnabledAt", u."sensitiveCases", u.name, u.email,
           p.name AS "postName"
      FROM "StaffSession" s
      JOIN "User" u ON u.id = s."userId"
      LEFT JOIN "Post" p ON p.id = u."postId"
     WHERE s.id = ${sessionId}::uuid`;
  if (!session) return null;
  const { createdAt, lastSeenAt, endedAt, ...user } = session;
  const idle = now.getTime() - lastSeenAt.getTime();
  if (endedAt || idle > IDLE_TIMEOUT_MS || now.getTime() - createdAt.getTime() > ABSOLUTE_TIMEOUT_MS) return null;
  if (idle > TOUCH_AFTER_MS) await db.staffSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  return user;
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
