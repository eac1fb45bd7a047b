import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor, randomBirthDate, refusal, workerInput } from "@/lib/test/actors";
import { getAdminHome, getPostHome, getReconciliationHome, postHomeFilters } from "./home";
import { authenticateStaff } from "./users";
import { changeWorkerStatus } from "./worker-lifecycle";
import { listWorkers } from "./worker-list";
import { createWorker } from "./workers";

afterAll(() => db.$disconnect());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function idsBehind(actor: Actor, filters: Record<string, string>) {
  return (await listWorkers(actor, { ...filters, limit: 1000 })).items.map((worker) => worker.id);
}

describe("a post's home page", () => {
  it("counts the officer's own post only, as the list behind each tile does", async () => {
    const bangkok = await actorFor("officer.th@registry.test");
    const home = await getPostHome(bangkok);
    const ofPost = (where: object) => db.worker.count({ where: { postId: bangkok.postId, ...where } });
    expect(home.counts.deployed).toEqual({ count: await ofPost({ status: "DEPLOYED" }), exact: true });
    expect(home.counts.preDeparture).toEqual({ count: await ofPost({ status: "PRE_DEPARTURE" }), exact: true });
    const month = postHomeFilters().returnedThisMonth;
    expect(home.counts.returnedThisMonth.count).toBe(await ofPost({ returnedOn: { gte: new Date(month.returnedFrom), lte: new Date(month.returnedTo) } }));
    expect(home.attention.missingPhone.count).toBe(Math.min(await ofPost({ phone: null }), 10_000));
  });

  it("shows a new record needing attention to its post and not to another", async () => {
    const bangkok = await actorFor("officer.th@registry.test");
    const seoul = await actorFor("officer.kr@registry.test");
    const dateOfBirth = randomBirthDate();
    const original = await createWorker(bangkok, workerInput({ fullName: "Prak Sophearith", fullNameKm: "", dateOfBirth }));
    // Saved over the duplicate warning, without a phone, its contract ending in a month.
    const worker = await createWorker(bangkok, workerInput({ fullName: "Prak Sopheareth", fullNameKm: "", dateOfBirth, phone: "", contractEnd: day(30), confirmDuplicate: true }));
    const returned = await createWorker(bangkok, workerInput());
    await changeWorkerStatus(bangkok, returned.id, { status: "RETURNED", effectiveOn: day(0), version: 1 });

    const { filters, attention, counts } = await getPostHome(bangkok);
    for (const key of ["contractEnding", "missingPhone", "likelyDuplicates"] as const) {
      expect(attention[key].count).toBeGreaterThan(0);
      expect(await idsBehind(bangkok, filters[key])).toContain(worker.id);
      expect(await idsBehind(seoul, filters[key])).not.toContain(worker.id);
    }
    expect(await idsBehind(bangkok, filters.likelyDuplicates)).not.toContain(original.id);
    expect(counts.returnedThisMonth.count).toBeGreaterThan(0);
    expect(await idsBehind(bangkok, filters.returnedThisMonth)).toContain(returned.id);
  });

  it("lists the post's upcoming courses soonest first, and its open imports", async () => {
    const bangkok = await actorFor("officer.th@registry.test");
    const home = await getPostHome(bangkok);
    expect(home.courses).not.toBeNull();
    const starts = home.courses!.items.map((course) => course.startsOn.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(home.courses!.total).toBe(await db.course.count({ where: { postId: bangkok.postId!, endsOn: { gte: new Date(`${day(0)}T00:00:00Z`) } } }));
    expect(home.imports).not.toBeNull();
    for (const job of home.imports!.items) {
      expect(["QUEUED", "RUNNING"]).toContain(job.status);
      expect(job.post?.id).toBe(bangkok.postId);
    }
  });

  it("is refused to administrators, who read no workers", async () => {
    expect((await refusal(getPostHome(await actorFor("admin@registry.test")))).code).toBe("FORBIDDEN");
  });
});

describe("the ministry's home page", () => {
  it("measures each destination against its reference figure, largest gaps first: the ministry's own figure for Korea, not the ambassador's newer one", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const home = await getReconciliationHome(ministry);
    expect(home.lines.length).toBe(await db.country.count());
    const gaps = home.lines.filter((line) => line.reference).map((line) => Math.abs(line.reference!.gap));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    for (const line of home.lines.filter((l) => l.reference)) expect(line.reference!.gap).toBe(line.registered - line.reference!.workers);
    // The ambassador's "about 45,000" is newer, but it is no official source of the ministry.
    expect(home.lines.find((line) => line.country === "KR")?.reference).toMatchObject({ sourceId: "molvt-2021", workers: 45_866, official: true, basis: "newestOfficial" });
    // All destinations together: the ministry's report covers the seven, 1,301,609 workers in all.
    const registered = home.lines.reduce((sum, line) => sum + line.registered, 0);
    expect(home.reference).toEqual({
      workers: 1_301_609,
      registered,
      gap: registered - 1_301_609,
      coverage: registered / 1_301_609,
      countries: expect.arrayContaining(["TH", "KR", "MY", "JP", "SG", "HK", "SA"]),
      sources: [{ sourceId: "molvt-2021", title: "Ministry of Labour and Vocational Training report on Cambodian workers abroad" }],
    });
  });

  it("covers only the officer's destinations for an officer, and is refused to administrators", async () => {
    const seoul = await actorFor("officer.kr@registry.test");
    expect((await getReconciliationHome(seoul)).lines.map((line) => line.country)).toEqual(["KR"]);
    expect((await refusal(getReconciliationHome(await actorFor("admin@registry.test")))).code).toBe("FORBIDDEN");
  });
});

describe("the administrators' home page", () => {
  it("counts accounts by role and lists the latest failed sign-ins, e-mails masked", async () => {
    const admin = await actorFor("admin@registry.test");
    const unknown = `home-${crypto.randomUUID().slice(0, 8)}@example.org`;
    await authenticateStaff(unknown, "a wrong password 123", "203.0.113.77");

    const home = await getAdminHome(admin);
    for (const { role, active, inactive } of home.accounts) {
      expect(active).toBe(await db.user.count({ where: { role, active: true } }));
      expect(inactive).toBe(await db.user.count({ where: { role, active: false } }));
    }
    expect(home.posts.posts).toBe(await db.post.count());
    expect(home.signInFailures.length).toBeLessThanOrEqual(10);
    const failure = home.signInFailures.find((f) => f.address === "203.0.113.77" && f.email === `${unknown[0]}•••@example.org`);
    expect(failure).toMatchObject({ userId: null });
    expect(JSON.stringify(home.signInFailures)).not.toContain(unknown);
  });

  it("is refused to officers and the ministry", async () => {
    for (const email of ["officer.th@registry.test", "ministry@registry.test"]) {
      expect((await refusal(getAdminHome(await actorFor(email)))).code).toBe("FORBIDDEN");
    }
  });
});
