import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor, postIn, refusal } from "@/lib/test/actors";
import { listWorkers } from "./worker-list";
import { startStaffSession } from "./staff-sessions";
import { actorForSession, authenticateStaff, changeOwnPassword, createUser, resetUserPassword, setUserActive, updateUser } from "./users";

afterAll(() => db.$disconnect());

let admin: Actor;
let bangkok: string;
let seoul: string;

beforeAll(async () => {
  admin = await actorFor("admin@registry.test");
  [bangkok, seoul] = await Promise.all([postIn("Bangkok"), postIn("Seoul")]);
});

/** What the sign-in form does: check the password, then open a session. */
async function signIn(email: string, password: string): Promise<string> {
  const user = await authenticateStaff(email, password);
  if (!user) throw new Error(`${email} could not sign in`);
  return startStaffSession(user.id);
}

const newEmail = () => `officer-${crypto.randomUUID().slice(0, 8)}@registry.test`;

/** A new officer of Bangkok who has already chosen their own password, signed in. */
async function signedInOfficer() {
  const email = newEmail();
  const { id, temporaryPassword } = await createUser(admin, { email, name: "Sokha Chan", role: "OFFICER", postId: bangkok });
  const password = `my own passphrase ${crypto.randomUUID().slice(0, 6)}`;
  await changeOwnPassword(await actorForSession(await signIn(email, temporaryPassword)), { currentPassword: temporaryPassword, newPassword: password, confirmPassword: password });
  return { id, email, password, sessionId: await signIn(email, password) };
}

const versionOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe("account management", () => {
  it("creates an account with a temporary password stored only as a hash, which must be changed first", async () => {
    const email = newEmail();
    const { id, temporaryPassword } = await createUser(admin, { email: email.toUpperCase(), name: "Dara Kim", role: "OFFICER", postId: bangkok });
    const stored = await db.user.findUniqueOrThrow({ where: { id } });
    expect(stored.email).toBe(email);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(temporaryPassword);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);

    const actor = await actorForSession(await signIn(email, temporaryPassword));
    expect(actor?.mustChangePassword).toBe(true);
    // Nothing else works until the password is the user's own.
    expect((await refusal(listWorkers(actor, {}))).message).toBe("errors.passwordChangeRequired");

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: id, action: "user.create" } });
    expect(JSON.stringify({ before: audit.before, after: audit.after })).not.toContain(temporaryPassword);
  });

  it("refuses an officer without a post, a post for ministry staff, a taken e-mail, and unknown fields", async () => {
    const noPost = await refusal(createUser(admin, { email: newEmail(), name: "A", role: "OFFICER", postId: "" }));
    expect(noPost.fields).toEqual({ postId: ["validation.officerNeedsPost"] });
    const ministryPost = await refusal(createUser(admin, { email: newEmail(), name: "A", role: "MINISTRY", postId: bangkok }));
    expect(ministryPost.fields).toEqual({ postId: ["validation.onlyOfficersHavePost"] });
    const taken = await refusal(createUser(admin, { email: "officer.th@registry.test", name: "A", role: "MINISTRY" }));
    expect(taken.fields).toEqual({ email: ["validation.emailTaken"] });
    const extra = await refusal(createUser(admin, { email: newEmail(), name: "A", role: "ADMIN", isRoot: "yes" }));
    expect(extra.code).toBe("VALIDATION");
  });

  it("lets only administrators manage accounts", async () => {
    for (const email of ["officer.th@registry.test", "ministry@registry.test"]) {
      const actor = await actorFor(email);
      expect((await refusal(createUser(actor, { email: newEmail(), name: "A", role: "ADMIN" }))).code).toBe("FORBIDDEN");
    }
    expect((await refusal(createUser(null, { email: newEmail(), name: "A", role: "ADMIN" }))).code).toBe("UNAUTHENTICATED");
  });

  it("ends the open sessions at once on deactivation, a role or post change, and a password reset", async () => {
    const changes: ((id: string) => Promise<unknown>)[] = [
      async (id) => setUserActive(admin, id, false, { version: await versionOf(id) }),
      async (id) => updateUser(admin, id, { name: "Sokha Chan", role: "MINISTRY", postId: "", version: await versionOf(id) }),
      async (id) => updateUser(admin, id, { name: "Sokha Chan", role: "OFFICER", postId: seoul, version: await versionOf(id) }),
      async (id) => resetUserPassword(admin, id, { version: await versionOf(id) }),
    ];
    for (const change of changes) {
      const officer = await signedInOfficer();
      expect(await actorForSession(officer.sessionId)).not.toBeNull();
      await change(officer.id);
      expect(await actorForSession(officer.sessionId)).toBeNull();
    }
  });

  it("a reset password replaces the old one, and a stale version is a conflict", async () => {
    const officer = await signedInOfficer();
    const version = await versionOf(officer.id);
    const { temporaryPassword } = await resetUserPassword(admin, officer.id, { version });
    expect(await authenticateStaff(officer.email, officer.password)).toBeNull();
    expect(await authenticateStaff(officer.email, temporaryPassword)).not.toBeNull();
    expect((await refusal(setUserActive(admin, officer.id, false, { version }))).code).toBe("CONFLICT");
  });

  it("a deactivated account cannot sign in until reactivated", async () => {
    const officer = await signedInOfficer();
    await setUserActive(admin, officer.id, false, { version: await versionOf(officer.id) });
    expect(await authenticateStaff(officer.email, officer.password)).toBeNull();
    await setUserActive(admin, officer.id, true, { version: await versionOf(officer.id) });
    expect(await authenticateStaff(officer.email, officer.password)).not.toBeNull();
  });

  it("an administrator cannot deactivate themselves or drop their own role", async () => {
    const version = await versionOf(admin.id);
    expect((await refusal(setUserActive(admin, admin.id, false, { version }))).message).toBe("errors.ownAccount");
    expect((await refusal(updateUser(admin, admin.id, { name: "Admin", role: "OFFICER", postId: bangkok, version }))).fields).toEqual({ role: ["validation.ownRole"] });
  });
});

describe("choosing a password", () => {
  it("refuses short and common passwords, a wrong current password, and a mismatch", async () => {
    const officer = await signedInOfficer();
    const actor = await actorForSession(officer.sessionId);
    const attempt = (input: Record<string, string>) => refusal(changeOwnPassword(actor, { currentPassword: officer.password, confirmPassword: input.newPassword, ...input }));
    expect((await attempt({ newPassword: "short pass" })).fields).toEqual({ newPassword: ["validation.passwordTooShort"] });
    expect((await attempt({ newPassword: "qwerty123456" })).fields).toEqual({ newPassword: ["validation.passwordCommon"] });
    expect((await attempt({ newPassword: "a fine long passphrase", currentPassword: "not the password" })).fields).toEqual({ currentPassword: ["validation.currentPasswordWrong"] });
    expect((await attempt({ newPassword: "a fine long passphrase", confirmPassword: "another passphrase" })).fields).toEqual({ confirmPassword: ["validation.passwordsDiffer"] });
    expect(await authenticateStaff(officer.email, officer.password)).not.toBeNull();
  });

  it("a changed password ends every session of the account and clears the temporary flag", async () => {
    const officer = await signedInOfficer();
    const stored = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(stored.mustChangePassword).toBe(false);
    expect(stored.passwordChangedAt).not.toBeNull();
    const actor = await actorForSession(officer.sessionId);
    await changeOwnPassword(actor, { currentPassword: officer.password, newPassword: "yet another passphrase", confirmPassword: "yet another passphrase" });
    expect(await actorForSession(officer.sessionId)).toBeNull();
  });
});
