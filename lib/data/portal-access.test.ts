import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { actorFor, refusal } from "@/lib/test/actors";
import { seoulWorkerWithCode, testAddress } from "@/lib/test/portal-fixtures";
import { issueAccessCode } from "./portal-access";
import { getWorkerRecord } from "./worker-record";
import { portalActorForToken, signInToPortal } from "./portal-sessions";

afterAll(() => db.$disconnect());

describe("portal access codes", () => {
  it("are stored only as an argon2id hash that verifies the code, and never written to the audit log", async () => {
    const worker = await seoulWorkerWithCode();
    expect(worker.code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const { codeHash, issuedById } = await db.workerPortalAccess.findUniqueOrThrow({ where: { workerId: worker.id } });
    expect(codeHash).toMatch(/^\$argon2id\$/);
    expect(codeHash).not.toContain(worker.code.replace("-", ""));
    expect(await verifyPassword(codeHash, worker.code.replace("-", ""))).toBe(true);
    expect(await verifyPassword(codeHash, "AAAAABBBBB")).toBe(false);
    expect(issuedById).toBe(worker.officer.id);

    const events = await db.auditEvent.findMany({ where: { entityId: worker.id, action: "worker.issueAccessCode" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: worker.officer.id, entityType: "Worker" });
    const logged = JSON.stringify([events[0].before, events[0].after]);
    expect(logged).not.toContain(worker.code);
    expect(logged).not.toContain(worker.code.replace("-", ""));
    const current = (await getWorkerRecord(worker.officer, worker.id)).accessCode;
    expect(current!.validUntil.getTime() - current!.issuedAt.getTime()).toBe(180 * 86_400_000);
  });

  it("hands the slip's details over with the code", async () => {
    const worker = await seoulWorkerWithCode();
    const slip = await issueAccessCode(worker.officer, worker.id);
    const stored = await db.worker.findUniqueOrThrow({ where: { id: worker.id }, select: { registrationNo: true, fullName: true, fullNameKm: true, dateOfBirth: true } });
    expect(slip).toMatchObject(stored);
    expect(slip.code).not.toBe(worker.code);
  });

  it("on re-issue voids the old code and ends the worker's open portal sessions", async () => {
    const worker = await seoulWorkerWithCode();
    const slip = { registrationNo: worker.registrationNo, dateOfBirth: worker.dateOfBirth };
    const { token } = await signInToPortal({ ...slip, accessCode: worker.code }, testAddress());
    expect(await portalActorForToken(token)).toMatchObject({ workerId: worker.id });

    const { code: newCode } = await issueAccessCode(worker.officer, worker.id);
    expect(await portalActorForToken(token)).toBeNull();
    expect(await db.portalSession.count({ where: { workerId: worker.id } })).toBe(0);
    expect(await db.workerPortalAccess.count({ where: { workerId: worker.id } })).toBe(1);

    const old = await refusal(signInToPortal({ ...slip, accessCode: worker.code }, testAddress()));
    expect(old.message).toBe("portal.signIn.failed");
    const { token: fresh } = await signInToPortal({ ...slip, accessCode: newCode }, testAddress());
    expect(await portalActorForToken(fresh)).toMatchObject({ workerId: worker.id });
    const events = await db.auditEvent.findMany({ where: { entityId: worker.id, action: "worker.issueAccessCode" }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.after)).toEqual([{ portalSessionsEnded: 0 }, { portalSessionsEnded: 1 }]);
  });

  it("may be issued only by an officer of the worker's post", async () => {
    const worker = await seoulWorkerWithCode();
    const before = await db.workerPortalAccess.findUniqueOrThrow({ where: { workerId: worker.id } });
    expect((await refusal(issueAccessCode(await actorFor("officer.th@registry.test"), worker.id))).code).toBe("NOT_FOUND");
    expect((await refusal(issueAccessCode(await actorFor("ministry@registry.test"), worker.id))).code).toBe("FORBIDDEN");
    expect((await refusal(issueAccessCode(await actorFor("admin@registry.test"), worker.id))).code).toBe("FORBIDDEN");
    expect((await refusal(issueAccessCode(null, worker.id))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(issueAccessCode(worker.officer, crypto.randomUUID()))).code).toBe("NOT_FOUND");
    expect((await refusal(getWorkerRecord(await actorFor("officer.my@registry.test"), worker.id))).code).toBe("NOT_FOUND");
    // A refusal leaves the code as it was.
    expect(await db.workerPortalAccess.findUniqueOrThrow({ where: { workerId: worker.id } })).toEqual(before);
  });
});
