import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor, refusal } from "@/lib/test/actors";
import { listWorkers } from "./worker-list";
import { actorForApiToken, issueApiToken, listApiTokens, revokeApiToken } from "./api-tokens";

afterAll(() => db.$disconnect());

let admin: Actor;
let bangkok: string;
beforeAll(async () => {
  admin = await actorFor("admin@registry.test");
  bangkok = (await db.post.findFirstOrThrow({ where: { city: "Bangkok" } })).id;
});

describe("API tokens", () => {
  it("are shown once, stored as a hash, and act as the role and post they were issued for", async () => {
    const { id, token } = await issueApiToken(admin, { name: "Bangkok case system", role: "OFFICER", postId: bangkok });
    expect(token).toMatch(/^wr_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token.slice(3));
    expect(stored.prefix).toBe(token.slice(0, 7));

    const actor = await actorForApiToken(token);
    expect(actor).toMatchObject({ id, role: "OFFICER", postId: bangkok });
    const { items } = await listWorkers(actor, {});
    expect(items.length).toBeGreaterThan(0);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    const listed = (await listApiTokens(admin)).find((row) => row.id === id);
    expect(listed).toMatchObject({ name: "Bangkok case system", prefix: token.slice(0, 7), revokedAt: null });
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
});
