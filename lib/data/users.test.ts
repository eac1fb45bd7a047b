import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { actorForSession, authenticateStaff } from "./users";

afterAll(() => db.$disconnect());

describe("staff sign-in", () => {
  it("accepts the right password, whatever the e-mail's case", async () => {
    const user = await authenticateStaff("Officer.TH@registry.test", "registry-demo-2026");
    expect(user?.id).toBeTruthy();
  });

  it("refuses a wrong password and an unknown e-mail alike", async () => {
    expect(await authenticateStaff("officer.th@registry.test", "wrong-password")).toBeNull();
    expect(await authenticateStaff("nobody@registry.test", "registry-demo-2026")).toBeNull();
  });

  it("refuses a deactivated account, and ends its open sessions", async () => {
    const email = `inactive-${crypto.randomUUID()}@registry.test`;
    const user = await db.user.create({
      data: { email, name: "Former Officer", role: "OFFICER", passwordHash: await hashPassword("a long passphrase 2026") },
    });
    expect(await actorForSession(user.id, 0)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticateStaff(email, "a long passphrase 2026")).toBeNull();
    expect(await actorForSession(user.id, 0)).toBeNull();
  });

  it("ends sessions of an older generation when the session version is bumped", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "officer.my@registry.test" } });
    expect(await actorForSession(user.id, user.sessionVersion)).toMatchObject({ role: "OFFICER", postId: user.postId });
    expect(await actorForSession(user.id, user.sessionVersion + 1)).toBeNull();
  });
});
