import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { refusal } from "@/lib/test/actors";
import { seoulWorkerWithCode, testAddress } from "@/lib/test/portal-fixtures";
import { issueAccessCode } from "./portal-access";
import { endPortalSession, portalActorForToken, signInToPortal, PORTAL_SESSION_MS } from "./portal-sessions";

afterAll(() => db.$disconnect());

type Worker = Awaited<ReturnType<typeof seoulWorkerWithCode>>;
const credentials = (worker: Worker, changes: Record<string, string> = {}) => ({
  registrationNo: worker.registrationNo,
  dateOfBirth: worker.dateOfBirth,
  accessCode: worker.code,
  ...changes,
});
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function failure(raw: Record<string, string>, address = testAddress()): Promise<AppError> {
  return refusal(signInToPortal(raw, address));
}

/** Moves the throttle's record of a key back in time, as if `minutes` had passed. */
async function letTimePass(key: string, minutes: number) {
  const row = await db.signInThrottle.findUniqueOrThrow({ where: { key } });
  const back = (date: Date | null) => (date ? new Date(date.getTime() - minutes * 60_000) : null);
  await db.signInThrottle.update({ where: { key }, data: { lastFailure: back(row.lastFailure)!, lockedUntil: back(row.lockedUntil) } });
}

describe("portal sign-in", () => {
  it("opens a session with the slip's three details, typed loosely, and keeps only the token's hash", async () => {
    const worker = await seoulWorkerWithCode();
    const { token, expiresAt } = await signInToPortal(
      credentials(worker, { registrationNo: ` ${worker.registrationNo.toLowerCase().replace("-", " ")} `, accessCode: worker.code.toLowerCase().replace("-", " ") }),
      testAddress(),
    );
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(PORTAL_SESSION_MS - 60_000);
    const sessions = await db.portalSession.findMany({ where: { workerId: worker.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions[0].tokenHash).not.toContain(token);
    expect(await portalActorForToken(token)).toMatchObject({ workerId: worker.id, registrationNo: worker.registrationNo });
    expect(await portalActorForToken(`${token}x`)).toBeNull();
  });

  it("is not one-time: the code signs in again and again until it expires, then only a new code does", async () => {
    const worker = await seoulWorkerWithCode();
    for (let visit = 0; visit < 3; visit++) await signInToPortal(credentials(worker), testAddress());
    // 180 days after issue (PORTAL_CODE_DAYS): the code's issue moved back past that.
    await db.workerPortalAccess.update({ where: { workerId: worker.id }, data: { issuedAt: new Date(Date.now() - 181 * 86_400_000) } });
    expect((await failure(credentials(worker))).message).toBe("portal.signIn.expired");
    // A wrong birth date with the expired code still gets the answer that tells nothing.
    expect((await failure(credentials(worker, { dateOfBirth: dayAfter(worker.dateOfBirth) }))).message).toBe("portal.signIn.failed");
    const { code } = await issueAccessCode(worker.officer, worker.id);
    expect((await signInToPortal(credentials(worker, { accessCode: code }), testAddress())).token).toBeTruthy();
  });

  it("gives one and the same answer whichever detail is wrong", async () => {
    const worker = await seoulWorkerWithCode();
    const unknown = `KR${worker.registrationNo.slice(2, 4)}-9${worker.registrationNo.slice(-6)}`;
    const failures = await Promise.all([
      failure(credentials(worker, { accessCode: "AAAAA-BBBBB" })),
      failure(credentials(worker, { dateOfBirth: dayAfter(worker.dateOfBirth) })),
      failure(credentials(worker, { registrationNo: unknown })),
      failure(credentials(worker, { registrationNo: "XX00-0000000" })),
    ]);
    for (const error of failures) {
      expect(error).toMatchObject({ code: "UNAUTHENTICATED", message: "portal.signIn.failed" });
      expect(error.fields).toBeUndefined();
    }
    expect(await db.portalSession.count({ where: { workerId: worker.id } })).toBe(0);
  });

  it("refuses a worker who was never given a code, with the same answer", async () => {
    const worker = await seoulWorkerWithCode();
    await db.workerPortalAccess.delete({ where: { workerId: worker.id } });
    expect(await failure(credentials(worker))).toMatchObject({ code: "UNAUTHENTICATED", message: "portal.signIn.failed" });
  });

  it("says which field is missing or malformed, which tells nothing about the record", async () => {
    const error = await failure({ registrationNo: "", dateOfBirth: "31/12/1990", accessCode: "X" });
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields!).sort()).toEqual(["dateOfBirth", "registrationNo"]);
    expect((await failure({ registrationNo: "KR26-0000001", dateOfBirth: "1990-01-01", accessCode: "X", workerId: crypto.randomUUID() })).code).toBe("VALIDATION");
  });

  it("locks a registration number after five failures in a row, whatever the address, until the lock runs out", async () => {
    const worker = await seoulWorkerWithCode();
    for (let i = 0; i < 5; i++) expect((await failure(credentials(worker, { accessCode: "AAAAA-BBBBB" }))).message).toBe("portal.signIn.failed");
    // Now even the right code from a new address is refused, with a message that names no field.
    const locked = await failure(credentials(worker));
    expect(locked).toMatchObject({ code: "UNAUTHENTICATED", message: "portal.signIn.locked" });
    expect(locked.fields).toBeUndefined();

    const key = `portal:registration:${worker.registrationNo}`;
    await letTimePass(key, 14);
    expect((await failure(credentials(worker))).message).toBe("portal.signIn.locked");
    await letTimePass(key, 2);
    const { token } = await signInToPortal(credentials(worker), testAddress());
    expect(await portalActorForToken(token)).toMatchObject({ workerId: worker.id });
    // A successful sign-in forgets the number's failures.
    expect(await db.signInThrottle.findUnique({ where: { key } })).toBeNull();
  });

  it("locks an address that keeps failing across registration numbers, and unlocks it after the window", async () => {
    const worker = await seoulWorkerWithCode();
    const address = testAddress();
    for (let i = 0; i < 10; i++) {
      const guess = `KR${worker.registrationNo.slice(2, 4)}-8${String(i).padStart(6, "0")}`;
      expect((await failure(credentials(worker, { registrationNo: guess }), address)).message).toBe("portal.signIn.failed");
    }
    expect((await failure(credentials(worker), address)).message).toBe("portal.signIn.locked");
    // The worker's own number was never guessed: from elsewhere it still works.
    await signInToPortal(credentials(worker), testAddress());

    await letTimePass(`portal:address:${address}`, 16);
    const { token } = await signInToPortal(credentials(worker), address);
    expect(await portalActorForToken(token)).toMatchObject({ workerId: worker.id });
    // One good sign-in does not wipe out an address's record of failures.
    expect(await db.signInThrottle.findUnique({ where: { key: `portal:address:${address}` } })).not.toBeNull();
  }, 40_000);

  it("ends a session on sign-out and refuses it once expired", async () => {
    const worker = await seoulWorkerWithCode();
    const { token } = await signInToPortal(credentials(worker), testAddress());
    await endPortalSession(token);
    expect(await portalActorForToken(token)).toBeNull();
    expect(await db.portalSession.count({ where: { workerId: worker.id } })).toBe(0);

    const { token: second } = await signInToPortal(credentials(worker), testAddress());
    await db.portalSession.updateMany({ where: { workerId: worker.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await portalActorForToken(second)).toBeNull();
    // The next sign-in clears the expired row away.
    await signInToPortal(credentials(worker), testAddress());
    expect(await db.portalSession.count({ where: { workerId: worker.id } })).toBe(1);
  });
});
