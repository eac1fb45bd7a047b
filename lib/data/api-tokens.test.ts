import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor, postIn, refusal, uniquePassport, workerInput } from "@/lib/test/actors";
import { csvFile, importRow } from "@/lib/test/import-files";
import { importFile } from "@/lib/test/imports";
import { listWorkers } from "./worker-list";
import { actorForApiToken, issueApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { createUser, setUserActive, updateUser } from "./users";
import { createWorker } from "./workers";

afterAll(() => db.$disconnect());

let admin: Actor;
let bangkok: string;
beforeAll(async () => {
  admin = await actorFor("admin@registry.test");
  bangkok = await postIn("Bangkok");
});

describe("API tokens", () => {
  it("are shown once, stored as a hash, and act as the role and post they were issued for", async () => {
    const { id, token } = await issueApiToken(admin, { name: "Bangkok case system", role: "OFFICER", postId: bangkok });
    expect(token).toMatch(/^wr_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token.slice(3));
    expect(stored.prefix).toBe(token.slice(0, 7));

    const actor = await actorForApiToken(token);
    expect(actor).toMatchObject({ id: admin.id, tokenId: id, role: "OFFICER", postId: bangkok });
    const { items } = await listWorkers(actor, {});
    expect(items.length).toBeGreaterThan(0);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    const listed = (await listApiTokens(admin)).find((row) => row.id === id);
    expect(listed).toMatchObject({ name: "Bangkok case system", prefix: token.slice(0, 7), revokedAt: null, owner: { email: "admin@registry.test" } });
    // 90 days unless asked otherwise.
    expect(Math.round((listed!.expiresAt.getTime() - listed!.createdAt.getTime()) / 86_400_000)).toBe(90);
    expect(listed).not.toHaveProperty("tokenHash");
  });

  it("stop working the moment they are revoked, and a made-up token is nothing", async () => {
    const { id, token } = await issueApiToken(admin, { name: "MLVT data warehouse", role: "MINISTRY" });
    expect(await actorForApiToken(token)).not.toBeNull();
    await revokeApiToken(admin, id);
    expect(await actorForApiToken(token)).toBeNull();
    expect(await actorForApiToken(`wr_${"A".repeat(43)}`)).toBeNull();
    expect((await refusal(revokeApiToken(admin, id))).code).toBe("NOT_FOUND");
  });

  it("are never administrators, and an officer's token needs a post", async () => {
    expect((await refusal(issueApiToken(admin, { name: "root", role: "ADMIN" }))).fields).toEqual({ role: ["validation.choose"] });
    expect((await refusal(issueApiToken(admin, { name: "no post", role: "OFFICER" }))).fields).toEqual({ postId: ["validation.officerNeedsPost"] });
  });

  it("are managed by administrators only", async () => {
    for (const email of ["officer.th@registry.test", "ministry@registry.test"]) {
      const actor = await actorFor(email);
      expect((await refusal(issueApiToken(actor, { name: "mine", role: "MINISTRY" }))).code).toBe("FORBIDDEN");
      expect((await refusal(listApiTokens(actor))).code).toBe("FORBIDDEN");
    }
  });

  it("expire: at most a year, refused once the day is past", async () => {
    expect((await refusal(issueApiToken(admin, { name: "forever", role: "MINISTRY", expiresInDays: "366" }))).fields).toEqual({ expiresInDays: ["tokens.expiresInDaysInvalid"] });
    expect((await refusal(issueApiToken(admin, { name: "never", role: "MINISTRY", expiresInDays: "0" }))).fields).toEqual({ expiresInDays: ["tokens.expiresInDaysInvalid"] });
    const { id, token } = await issueApiToken(admin, { name: "Short-lived", role: "MINISTRY", expiresInDays: "1" });
    expect(await actorForApiToken(token)).not.toBeNull();
    await db.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorForApiToken(token)).toBeNull();
  });

  it("name the token and its owner in the audit event of every write made with them", async () => {
    const { id, token } = await issueApiToken(admin, { name: "Bangkok case system", role: "OFFICER", postId: bangkok });
    const actor = await actorForApiToken(token, "request-1");
    const { id: workerId } = await createWorker(actor, workerInput());
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Worker", entityId: workerId, action: "worker.create" } });
    expect(event).toMatchObject({ actorId: admin.id, actorTokenId: id, actorRole: "OFFICER", actorPostId: bangkok });
  });

  it("run an import to its true end, SUCCEEDED, with the audit naming the token and its owner (no P2025 on the creator)", async () => {
    const { id, token } = await issueApiToken(admin, { name: "Bangkok loader", role: "OFFICER", postId: bangkok });
    const actor = (await actorForApiToken(token))!;
    const job = await importFile(actor, csvFile([importRow(uniquePassport())]));
    expect(job).toMatchObject({ status: "SUCCEEDED", created: 1, error: null });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "ImportJob", entityId: job.id } });
    expect(event).toMatchObject({ action: "worker.import", actorId: admin.id, actorTokenId: id, actorRole: "OFFICER", actorPostId: bangkok });
  });

  it("are revoked when their owner is deactivated or their role changes, each revocation audited", async () => {
    for (const change of ["deactivate", "role"] as const) {
      const created = await createUser(admin, { email: `owner-${change}-${crypto.randomUUID()}@registry.test`, name: "Token Owner", role: "ADMIN" });
      await db.user.update({ where: { id: created.id }, data: { mustChangePassword: false } });
      const owner: Actor = { id: created.id, role: "ADMIN", postId: null };
      const { id, token } = await issueApiToken(owner, { name: `Owned (${change})`, role: "MINISTRY" });
      expect(await actorForApiToken(token)).toMatchObject({ id: owner.id, tokenId: id });

      const { version } = await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { version: true } });
      if (change === "deactivate") await setUserActive(admin, owner.id, false, { version });
      else await updateUser(admin, owner.id, { name: "Token Owner", role: "MINISTRY", version });

      expect(await actorForApiToken(token)).toBeNull();
      expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).not.toBeNull();
      const revoked = await db.auditEvent.findFirstOrThrow({ where: { entityType: "ApiToken", entityId: id, action: "apiToken.revoke" } });
      expect(revoked).toMatchObject({ actorId: admin.id, after: { reason: change === "deactivate" ? "ownerDeactivated" : "ownerRoleChanged" } });
    }
  });
});
