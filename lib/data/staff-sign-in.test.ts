import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { refusal } from "@/lib/test/actors";
import { actorForSession } from "./users";
import { signInStaff } from "./staff-sign-in";

afterAll(() => db.$disconnect());

const PASSWORD = "a long passphrase 2026";
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID().slice(0, 4)}`;

async function newOfficer() {
  const email = `throttle-${crypto.randomUUID().slice(0, 8)}@registry.test`;
  await db.user.create({ data: { email, name: "Throttled Officer", role: "OFFICER", passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

describe("staff sign-in under the throttle", () => {
  it("opens a session with the right password", async () => {
    const email = await newOfficer();
    const { sessionId } = await signInStaff(email, PASSWORD, address());
    expect(await actorForSession(sessionId)).toMatchObject({ role: "OFFICER" });
  });

  it("locks an account after five wrong passwords, even for the right one, until the lock ends", async () => {
    const email = await newOfficer();
    const from = address();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await refusal(signInStaff(email, "wrong passphrase", from))).message).toBe("login.failed");
    }
    // From another address too: the lock is on the account.
    expect((await refusal(signInStaff(email, PASSWORD, address()))).message).toBe("login.locked");
    await db.signInThrottle.update({ where: { key: `staff:email:${email}` }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await expect(signInStaff(email, PASSWORD, from)).resolves.toMatchObject({ sessionId: expect.any(String) });
  });

  it("locks unknown e-mails the same way, so a lock does not tell that an account exists", async () => {
    const unknown = `nobody-${crypto.randomUUID().slice(0, 8)}@registry.test`;
    const from = address();
    for (let attempt = 0; attempt < 5; attempt++) expect((await refusal(signInStaff(unknown, "guess", from))).message).toBe("login.failed");
    expect((await refusal(signInStaff(unknown, "guess", from))).message).toBe("login.locked");
  });

  it("locks an address that guesses at many accounts, whatever the accounts", async () => {
    const from = address();
    for (let attempt = 0; attempt < 20; attempt++) {
      await refusal(signInStaff(`spray-${attempt}-${crypto.randomUUID().slice(0, 6)}@registry.test`, "guess", from));
    }
    const email = await newOfficer();
    expect((await refusal(signInStaff(email, PASSWORD, from))).message).toBe("login.locked");
    await expect(signInStaff(email, PASSWORD, address())).resolves.toMatchObject({ sessionId: expect.any(String) });
  }, 60_000);
});
