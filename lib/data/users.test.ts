import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { actorForSession, authenticateStaff, listUsers } from "./users";
import { emailDigest } from "./security-events";
import { ABSOLUTE_TIMEOUT_MS, endStaffSession, IDLE_TIMEOUT_MS, startStaffSession } from "./staff-sessions";

afterAll(() => db.$disconnect());

async function newOfficer() {
  const email = `session-${crypto.randomUUID()}@registry.test`;
  const user = await db.user.create({
    // Two-factor sign-in counted as set up: otherwise the session could do nothing but that (lib/data/two-factor.test.ts).
    data: { email, name: "Session Officer", role: "OFFICER", passwordHash: await hashPassword("a long passphrase 2026"), totpEnabledAt: new Date() },
  });
  return { ...user, sessionId: await startStaffSession(user.id) };
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60 * 1000);

describe("staff sign-in", () => {
  it("accepts the right password, whatever the e-mail's case", async () => {
    const user = await authenticateStaff("Officer.TH@registry.test", "registry-demo-2026");
    expect(user?.id).toBeTruthy();
  });

  it("refuses a wrong password and an unknown e-mail alike", async () => {
    expect(await authenticateStaff("officer.th@registry.test", "wrong-password")).toBeNull();
    expect(await authenticateStaff("nobody@registry.test", "registry-demo-2026")).toBeNull();
  });

  it("refuses a deactivated account, and its open sessions stop working", async () => {
    const user = await newOfficer();
    expect(await actorForSession(user.sessionId)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticateStaff(user.email, "a long passphrase 2026")).toBeNull();
    expect(await actorForSession(user.sessionId)).toBeNull();
  });
});

describe("staff sessions", () => {
  it("end when signed out, on the server: the cookie's session id is worth nothing afterwards", async () => {
    const user = await newOfficer();
    const other = await startStaffSession(user.id);
    await endStaffSession(user.sessionId);
    expect(await actorForSession(user.sessionId)).toBeNull();
    // Signing out on one device leaves the others open.
    expect(await actorForSession(other)).not.toBeNull();
  });

  it("end after 30 idle minutes, and activity keeps them open", async () => {
    const user = await newOfficer();
    await db.staffSession.update({ where: { id: user.sessionId }, data: { lastSeenAt: minutesAgo(IDLE_TIMEOUT_MS / 60000 - 2) } });
    expect(await actorForSession(user.sessionId)).not.toBeNull();
    const touched = await db.staffSession.findUniqueOrThrow({ where: { id: user.sessionId } });
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(minutesAgo(1).getTime());

    await db.staffSession.update({ where: { id: user.sessionId }, data: { lastSeenAt: minutesAgo(IDLE_TIMEOUT_MS / 60000 + 1) } });
    expect(await actorForSession(user.sessionId)).toBeNull();
  });

  it("end 12 hours after sign-in however active they are", async () => {
    const user = await newOfficer();
    await db.staffSession.update({ where: { id: user.sessionId }, data: { createdAt: minutesAgo(ABSOLUTE_TIMEOUT_MS / 60000 + 1), lastSeenAt: new Date() } });
    expect(await actorForSession(user.sessionId)).toBeNull();
  });

  it("give the account as it is at this request: role, post and its name, pending steps", async () => {
    const user = await newOfficer();
    const post = await db.post.findFirstOrThrow({ where: { city: "Seoul" } });
    expect(await actorForSession(user.sessionId, "r-1")).toEqual({
      id: user.id,
      role: "OFFICER",
      postId: null,
      requestId: "r-1",
      sessionId: user.sessionId,
      mustChangePassword: false,
      mustEnrolTwoFactor: false,
      sensitiveCases: false,
      name: "Session Officer",
      email: user.email,
      postName: null,
    });
    await db.user.update({ where: { id: user.id }, data: { postId: post.id, mustChangePassword: true, totpEnabledAt: null, sensitiveCases: true } });
    expect(await actorForSession(user.sessionId)).toMatchObject({
      postId: post.id,
      postName: post.name,
      mustChangePassword: true,
      mustEnrolTwoFactor: true,
      sensitiveCases: true,
    });
  });

  it("refuse ids that name no session", async () => {
    expect(await actorForSession(crypto.randomUUID())).toBeNull();
    expect(await actorForSession("not-a-uuid")).toBeNull();
  });
});

describe("security events", () => {
  it("a failed sign-in is audited without the password, under the account when it exists", async () => {
    const user = await newOfficer();
    await authenticateStaff(user.email, "a wrong password 123");
    const event = await db.auditEvent.findFirst({ where: { action: "auth.signInFailed", entityId: user.id }, orderBy: { id: "desc" } });
    expect(event).not.toBeNull();
    expect(JSON.stringify([event?.before, event?.after])).not.toContain("a wrong password");

    const unknown = `nobody-${crypto.randomUUID()}@registry.test`;
    await authenticateStaff(unknown, "a wrong password 123");
    const anonymous = await db.auditEvent.findFirst({ where: { action: "auth.signInFailed", entityId: `email:${emailDigest(unknown)}` } });
    expect(anonymous?.actorId).toBeNull();
  });

  it("a refused request is audited with who tried what", async () => {
    const user = await newOfficer();
    const actor = await actorForSession(user.sessionId);
    await expect(listUsers(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect
      .poll(() => db.auditEvent.findFirst({ where: { action: "auth.denied", actorId: user.id, entityId: "user.read" } }))
      .not.toBeNull();
  });
});
