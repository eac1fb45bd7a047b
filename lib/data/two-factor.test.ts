import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { permissions, type Action, type Actor, type Role } from "@/lib/auth/permissions";
import { totpCode, totpStep, TOTP_PERIOD_SECONDS } from "@/lib/auth/totp";
import { actorFor, postIn, refusal, workerInput } from "@/lib/test/actors";
import { authorize } from "./authorize";
import { createWorker } from "./workers";
import { listWorkers } from "./worker-list";
import { listCourses } from "./courses";
import { getDestinationReport } from "./reports";
import { listUsers, actorForSession, resetUserTwoFactor } from "./users";
import { signInStaff } from "./staff-sign-in";
import { confirmTwoFactorEnrolment, getTwoFactorStatus, replaceRecoveryCodes, startTwoFactorEnrolment } from "./two-factor";

afterAll(() => db.$disconnect());

const PASSWORD = "a long passphrase 2026";
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${crypto.randomUUID().slice(0, 4)}`;

let admin: Actor;
let bangkok: string;
beforeAll(async () => {
  admin = await actorFor("admin@registry.test");
  bangkok = await postIn("Bangkok");
});

/**
 * The current 30-second step, with a few seconds of it left: a test then uses the codes of this
 * step and the ones either side, all accepted until the step ends.
 */
async function steadyStep(): Promise<number> {
  const intoStep = (Date.now() / 1000) % TOTP_PERIOD_SECONDS;
  if (intoStep > TOTP_PERIOD_SECONDS - 8) await sleep((TOTP_PERIOD_SECONDS - intoStep) * 1000 + 100);
  return totpStep(Date.now());
}

async function newAccount(role: Role) {
  const email = `two-factor-${crypto.randomUUID().slice(0, 8)}@registry.test`;
  const { id } = await db.user.create({
    data: { email, name: "Chea Sovann", role, postId: role === "OFFICER" ? bangkok : null, passwordHash: await hashPassword(PASSWORD) },
    select: { id: true },
  });
  return { id, email };
}

const actorOf = async (sessionId: string) => (await actorForSession(sessionId))!;

/** An officer who signed in with the password and set up the authenticator with the code of step `step - 1`. */
async function enrolledOfficer(step: number) {
  const account = await newAccount("OFFICER");
  const { sessionId } = await signInStaff(account.email, PASSWORD, address());
  const actor = await actorOf(sessionId);
  const { secret } = await startTwoFactorEnrolment(actor);
  const { recoveryCodes } = await confirmTwoFactorEnrolment(actor, { code: totpCode(secret, { step: step - 1 }) });
  return { ...account, secret, recoveryCodes, sessionId };
}

describe("an officer without two-factor sign-in", () => {
  it("gets a session that opens nothing but the set-up, in every data function", async () => {
    const { email } = await newAccount("OFFICER");
    const { sessionId } = await signInStaff(email, PASSWORD, address());
    const actor = await actorOf(sessionId);
    expect(actor.mustEnrolTwoFactor).toBe(true);

    for (const action of Object.keys(permissions.OFFICER) as Action[]) {
      const error = await refusal(Promise.resolve().then(() => authorize(actor, action)));
      expect(error.message, action).toBe("errors.twoFactorRequired");
    }
    for (const work of [listWorkers(actor, {}), createWorker(actor, workerInput()), listCourses(actor, {}), getDestinationReport(actor)]) {
      expect((await refusal(work)).message).toBe("errors.twoFactorRequired");
    }
    expect(await getTwoFactorStatus(actor)).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });
  });

  it("an administrator too; ministry staff may do without", async () => {
    const adminAccount = await newAccount("ADMIN");
    const newAdmin = await actorOf((await signInStaff(adminAccount.email, PASSWORD, address())).sessionId);
    expect((await refusal(listUsers(newAdmin))).message).toBe("errors.twoFactorRequired");

    const ministryAccount = await newAccount("MINISTRY");
    const ministry = await actorOf((await signInStaff(ministryAccount.email, PASSWORD, address())).sessionId);
    expect(ministry.mustEnrolTwoFactor).toBe(false);
    await expect(getDestinationReport(ministry)).resolves.toBeDefined();
    expect(await getTwoFactorStatus(ministry)).toMatchObject({ enabled: false, required: false });
  });
});

describe("setting up two-factor sign-in", () => {
  it("keeps one secret until confirmed, sealed in the database, and refuses a wrong code", async () => {
    const step = await steadyStep();
    const { id, email } = await newAccount("OFFICER");
    const actor = await actorOf((await signInStaff(email, PASSWORD, address())).sessionId);
    const { secret, email: shownFor } = await startTwoFactorEnrolment(actor);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(shownFor).toBe(email);
    expect((await startTwoFactorEnrolment(actor)).secret).toBe(secret);
    const stored = await db.user.findUniqueOrThrow({ where: { id }, select: { totpSecret: true, totpEnabledAt: true } });
    expect(stored.totpSecret).toMatch(/^v1\./);
    expect(stored.totpSecret).not.toContain(secret);
    expect(stored.totpEnabledAt).toBeNull();

    const wrong = await refusal(confirmTwoFactorEnrolment(actor, { code: totpCode(secret, { step: step + 3 }) }));
    expect(wrong.fields).toEqual({ code: ["validation.twoFactorCodeWrong"] });
    expect((await refusal(confirmTwoFactorEnrolment(actor, { code: "12345" }))).fields).toEqual({ code: ["validation.twoFactorCodeFormat"] });
    expect((await refusal(confirmTwoFactorEnrolment(actor, { code: totpCode(secret, { step }), extra: "1" }))).code).toBe("VALIDATION");
    expect((await actorOf(actor.sessionId!)).mustEnrolTwoFactor).toBe(true);
  });

  it("a confirmed code turns it on: ten recovery codes shown once and kept hashed, this session goes on, the others end", async () => {
    const step = await steadyStep();
    const { id, email } = await newAccount("OFFICER");
    const other = (await signInStaff(email, PASSWORD, address())).sessionId;
    const actor = await actorOf((await signInStaff(email, PASSWORD, address())).sessionId);
    const { secret } = await startTwoFactorEnrolment(actor);
    const { recoveryCodes } = await confirmTwoFactorEnrolment(actor, { code: totpCode(secret, { step }) });

    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await db.recoveryCode.findMany({ where: { userId: id } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replaceAll("-", ""));

    const now = await actorOf(actor.sessionId!);
    expect(now.mustEnrolTwoFactor).toBe(false);
    await expect(listWorkers(now, {})).resolves.toBeDefined();
    expect(await actorForSession(other)).toBeNull();
    expect(await getTwoFactorStatus(now)).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 });
    expect((await refusal(startTwoFactorEnrolment(now))).message).toBe("twoFactor.alreadyEnabled");

    const events = await db.auditEvent.findMany({ where: { entityType: "User", entityId: id }, select: { action: true, after: true } });
    expect(events.map((event) => event.action)).toEqual(expect.arrayContaining(["user.twoFactorSetupStart", "user.twoFactorEnable"]));
    expect(JSON.stringify(events)).not.toContain(secret);
  });

  it("is refused while the password is still a temporary one", async () => {
    const { id, email } = await newAccount("OFFICER");
    await db.user.update({ where: { id }, data: { mustChangePassword: true } });
    const actor = await actorOf((await signInStaff(email, PASSWORD, address())).sessionId);
    expect((await refusal(startTwoFactorEnrolment(actor))).message).toBe("errors.passwordChangeRequired");
    expect((await refusal(startTwoFactorEnrolment(null))).code).toBe("UNAUTHENTICATED");
  });
});

describe("signing in with two-factor", () => {
  it("asks for the code after the right password, and a code works only once", async () => {
    const step = await steadyStep();
    const officer = await enrolledOfficer(step);
    // The right password alone: a request for the code, as often as asked, and no session.
    for (let attempt = 0; attempt < 6; attempt++) expect((await refusal(signInStaff(officer.email, PASSWORD, address()))).message).toBe("login.codeRequired");
    // A wrong password with a right code is a plain failure.
    expect((await refusal(signInStaff(officer.email, "not the passphrase", address(), totpCode(officer.secret, { step })))).message).toBe("login.failed");

    const code = totpCode(officer.secret, { step });
    const { sessionId, recoveryCodesLeft } = await signInStaff(officer.email, PASSWORD, address(), code);
    expect(recoveryCodesLeft).toBeUndefined();
    await expect(listWorkers(await actorOf(sessionId), {})).resolves.toBeDefined();
    // The same code again, within its 30 seconds: refused, and so is the older one of enrolment.
    expect((await refusal(signInStaff(officer.email, PASSWORD, address(), code))).message).toBe("login.failed");
    expect((await refusal(signInStaff(officer.email, PASSWORD, address(), totpCode(officer.secret, { step: step - 1 })))).message).toBe("login.failed");
    // The next step's code is still good.
    await expect(signInStaff(officer.email, PASSWORD, address(), totpCode(officer.secret, { step: step + 1 }))).resolves.toMatchObject({ sessionId: expect.any(String) });
  });

  it("lets only one of two sign-ins racing with the same code through", async () => {
    const step = await steadyStep();
    const officer = await enrolledOfficer(step);
    const code = totpCode(officer.secret, { step });
    const results = await Promise.allSettled([signInStaff(officer.email, PASSWORD, address(), code), signInStaff(officer.email, PASSWORD, address(), code)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("takes a recovery code once, in any case and spacing, and tells how many remain", async () => {
    const step = await steadyStep();
    const officer = await enrolledOfficer(step);
    const [first, second] = officer.recoveryCodes;
    const signedIn = await signInStaff(officer.email, PASSWORD, address(), first.toUpperCase().replaceAll("-", " "));
    expect(signedIn.recoveryCodesLeft).toBe(9);
    expect((await refusal(signInStaff(officer.email, PASSWORD, address(), first))).message).toBe("login.failed");
    expect((await signInStaff(officer.email, PASSWORD, address(), second)).recoveryCodesLeft).toBe(8);
    // Another account's code is worth nothing here.
    const other = await enrolledOfficer(step);
    expect((await refusal(signInStaff(officer.email, PASSWORD, address(), other.recoveryCodes[0]))).message).toBe("login.failed");

    const uses = await db.auditEvent.findMany({ where: { entityId: officer.id, action: "user.recoveryCodeUse" }, select: { after: true, actorId: true } });
    expect(uses).toHaveLength(2);
    expect(uses.map((use) => (use.after as { recoveryCodesLeft: number }).recoveryCodesLeft).sort()).toEqual([8, 9]);
    expect(JSON.stringify(uses)).not.toContain(first);
  });

  it("counts wrong codes in the throttle like wrong passwords, with the same message, and locks", async () => {
    const step = await steadyStep();
    const officer = await enrolledOfficer(step);
    const from = address();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await refusal(signInStaff(officer.email, PASSWORD, from, String(100000 + attempt)))).message).toBe("login.failed");
    }
    expect((await refusal(signInStaff(officer.email, PASSWORD, address(), totpCode(officer.secret, { step })))).message).toBe("login.locked");
    const failures = await db.auditEvent.count({ where: { entityId: officer.id, action: "auth.signInFailed" } });
    expect(failures).toBe(5);
  }, 30_000);

  it("new recovery codes need a fresh code from the app and replace the old ones", async () => {
    const step = await steadyStep();
    const officer = await enrolledOfficer(step);
    const actor = await actorOf(officer.sessionId);
    expect((await refusal(replaceRecoveryCodes(actor, { code: totpCode(officer.secret, { step: step - 1 }) }))).fields).toEqual({ code: ["validation.twoFactorCodeWrong"] });
    const { recoveryCodes } = await replaceRecoveryCodes(actor, { code: totpCode(officer.secret, { step }) });
    expect(recoveryCodes).toHaveLength(10);
    expect((await refusal(signInStaff(officer.email, PASSWORD, address(), officer.recoveryCodes[0]))).message).toBe("login.failed");
    expect((await signInStaff(officer.email, PASSWORD, address(), recoveryCodes[0])).recoveryCodesLeft).toBe(9);
    expect(await db.auditEvent.count({ where: { entityId: officer.id, action: "user.recoveryCodesReplace" } })).toBe(1);
  });
});

describe("an administrator resets a person's two-factor sign-in", () => {
  it("clears the secret and recovery codes, ends the sessions, and the next sign-in must set it up again", async () => {
    const step = await steadyStep();
    const officer = await enrolledOfficer(step);
    const { version } = await db.user.findUniqueOrThrow({ where: { id: officer.id }, select: { version: true } });
    expect((await refusal(resetUserTwoFactor(await actorFor("officer.th@registry.test"), officer.id, { version }))).code).toBe("FORBIDDEN");

    await resetUserTwoFactor(admin, officer.id, { version });
    expect(await actorForSession(officer.sessionId)).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: officer.id }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
    expect(stored).toEqual({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await db.recoveryCode.count({ where: { userId: officer.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: officer.id, action: "user.twoFactorReset" } });
    expect(audit.actorId).toBe(admin.id);

    const { sessionId } = await signInStaff(officer.email, PASSWORD, address());
    const actor = await actorOf(sessionId);
    expect(actor.mustEnrolTwoFactor).toBe(true);
    expect((await refusal(listWorkers(actor, {}))).message).toBe("errors.twoFactorRequired");
    // A stale version is a conflict, as for every change to an account.
    expect((await refusal(resetUserTwoFactor(admin, officer.id, { version }))).code).toBe("CONFLICT");
  });
});
