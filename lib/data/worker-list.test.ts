import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor, randomBirthDate, refusal, uniquePassport, workerInput } from "@/lib/test/actors";
import { changeWorkerStatus } from "./worker-lifecycle";
import { createWorker } from "./workers";
import { countWorkers, listWorkers } from "./worker-list";
import { exportWorkers } from "./worker-export";

afterAll(() => db.$disconnect());

const marker = `ZQ${Math.random().toString(36).slice(2, 8).toUpperCase().replace(/\d/g, "X")}`;
let officer: Actor;
let passport: string;
let worker: { id: string; registrationNo: string };

beforeAll(async () => {
  officer = await actorFor("officer.th@registry.test");
  passport = uniquePassport();
  worker = await createWorker(officer, workerInput({ fullName: `Chea ${marker}`, fullNameKm: "ជា សុវណ្ណារី", passportNo: passport, sector: "FISHING", sex: "F" }));
});

const ids = async (query: Record<string, unknown>, actor: Actor = officer) => (await listWorkers(actor, { limit: 100, ...query })).items.map((w) => w.id);

describe("search", () => {
  it("finds a worker by passport number in any spacing or case, and by registration number", async () => {
    expect(await ids({ q: `${passport.slice(0, 3).toLowerCase()} ${passport.slice(3, 6)}-${passport.slice(6)}` })).toEqual([worker.id]);
    expect(await ids({ q: worker.registrationNo.toLowerCase() })).toEqual([worker.id]);
    expect(await ids({ q: worker.registrationNo.replace("-", "") })).toEqual([worker.id]);
  });

  it("finds a worker by any part of the name, in Latin or Khmer script", async () => {
    expect(await ids({ q: marker.slice(1).toLowerCase() })).toEqual([worker.id]);
    expect(await ids({ q: `chea ${marker}` })).toEqual([worker.id]);
    expect(await ids({ q: "សុវណ្ណារី" })).toContain(worker.id);
  });

  it("finds names shorter than a trigram by their beginning, in either script", async () => {
    const short = await createWorker(officer, workerInput({ fullName: "Ly Sovann", fullNameKm: "លី ស" }));
    expect(await ids({ q: "ly" })).toContain(short.id);
    expect(await ids({ q: "លី" })).toContain(short.id);
    expect(await ids({ q: "ly" })).not.toContain(worker.id);
  });

  it("treats % and _ in a search as letters, not wildcards", async () => {
    expect(await ids({ q: "%" })).toEqual([]);
    expect(await ids({ q: "_" })).toEqual([]);
  });

  it("never finds another post's worker", async () => {
    const seoul = await actorFor("officer.kr@registry.test");
    expect(await ids({ q: passport }, seoul)).toEqual([]);
    expect(await ids({ q: marker }, seoul)).toEqual([]);
  });
});

describe("filters, sorting and pages", () => {
  it("combines filters", async () => {
    expect(await ids({ q: marker, sector: "FISHING", sex: "F", status: "DEPLOYED", province: "KH-14" })).toEqual([worker.id]);
    expect(await ids({ q: marker, sector: "CONSTRUCTION" })).toEqual([]);
    expect(await ids({ q: marker, deployedFrom: "2024-02-01", deployedTo: "2024-02-01" })).toEqual([worker.id]);
    expect(await ids({ q: marker, deployedFrom: "2024-02-02" })).toEqual([]);
  });

  it("sorts by name in both directions and pages through all of it without gaps or repeats", async () => {
    for (const dir of ["asc", "desc"] as const) {
      const names: string[] = [];
      const seen = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await listWorkers(officer, { sort: "name", dir, limit: 40, cursor });
        for (const item of page.items) {
          expect(seen.has(item.id)).toBe(false);
          seen.add(item.id);
          names.push(item.fullName);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(names).toEqual(dir === "asc" ? sorted : sorted.reverse());
      expect(seen.size).toBe(await db.worker.count({ where: { postId: officer.postId } }));
    }
  });

  it("counts what matches, up to the limit", async () => {
    expect(await countWorkers(officer, { q: marker })).toEqual({ count: 1, exact: true });
    const all = await db.worker.count({ where: { postId: officer.postId } });
    expect(await countWorkers(officer)).toEqual({ count: all, exact: true });
  });

  it("refuses a cursor of another order, a forged one or one PostgreSQL could not compare, before any query", async () => {
    const { nextCursor } = await listWorkers(officer, { sort: "name", limit: 1 });
    const forged = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");
    const id = crypto.randomUUID();
    for (const query of [
      { cursor: nextCursor! },
      { sort: "name", dir: "desc", cursor: nextCursor! },
      { sort: "name", cursor: forged(["abc", "x", id]) },
      { sort: "name", cursor: forged(["workers:name:asc", "A", "-".repeat(36)]) },
      { sort: "name", cursor: forged(["workers:name:asc", "A\u0000B", id]) },
      { sort: "name", cursor: forged(["workers:name:asc", 7, id]) },
      { cursor: forged(["workers:registered:desc", "yesterday", id]) },
      { cursor: forged(["workers:registered:desc", "2026-02-30T00:00:00.000Z", id]) },
      { cursor: "%00" },
    ]) {
      const error = await refusal(listWorkers(officer, query));
      expect(error.code, JSON.stringify(query)).toBe("VALIDATION");
      expect(error.fields).toEqual({ cursor: ["validation.cursor"] });
    }
    expect((await listWorkers(officer, { sort: "name", limit: 1, cursor: nextCursor! })).items).toHaveLength(1);
  });

  it("refuses unknown filters and tampered cursors as validation errors", async () => {
    for (const query of [{ colour: "red" }, { status: "FLYING" }, { cursor: "not-a-cursor" }, { limit: "100000" }]) {
      const error = await listWorkers(officer, query).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("VALIDATION");
    }
  });
});

describe("filters for the records needing attention", () => {
  // A name of their own: the tests above count what the shared marker finds.
  const tag = `ZR${marker.slice(2)}`;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it("filters by the day a contract ends and the day a worker returned", async () => {
    const ending = await createWorker(officer, workerInput({ fullName: `Keo ${tag}`, deployedOn: "2024-02-01", contractEnd: day(30) }));
    const returned = await createWorker(officer, workerInput({ fullName: `Mao ${tag}` }));
    await changeWorkerStatus(officer, returned.id, { status: "RETURNED", effectiveOn: day(0), version: 1 });

    expect(await ids({ q: tag, contractEndFrom: day(0), contractEndTo: day(60) })).toEqual([ending.id]);
    expect(await ids({ q: tag, contractEndFrom: day(31) })).toEqual([]);
    expect(await ids({ q: tag, returnedFrom: day(0), returnedTo: day(0) })).toEqual([returned.id]);
    expect(await ids({ q: tag, returnedTo: day(-1) })).toEqual([]);
    expect(await countWorkers(officer, { q: tag, returnedFrom: day(0) })).toEqual({ count: 1, exact: true });
  });

  it("filters the records without a phone number", async () => {
    const withoutPhone = await createWorker(officer, workerInput({ fullName: `Nhem ${tag}`, phone: "" }));
    expect(await ids({ q: tag, missing: "phone" })).toEqual([withoutPhone.id]);
    const all = await listWorkers(officer, { missing: "phone", limit: 1000 });
    expect(all.items.map((w) => w.id)).toContain(withoutPhone.id);
    expect(await db.worker.count({ where: { id: { in: all.items.map((w) => w.id) }, phone: { not: null } } })).toBe(0);
  });

  it("filters the likely duplicates registered over the warning, and pages through them by keyset", async () => {
    const dateOfBirth = randomBirthDate();
    const original = await createWorker(officer, workerInput({ fullName: `Ouk ${tag}`, fullNameKm: "", dateOfBirth }));
    const flagged: string[] = [];
    for (const name of [`Ouk ${tag}a`, `Ouk ${tag}b`]) {
      flagged.push((await createWorker(officer, workerInput({ fullName: name, fullNameKm: "", dateOfBirth, confirmDuplicate: true }))).id);
    }
    expect(await ids({ q: `Ouk ${tag}` })).toHaveLength(3);
    expect(new Set(await ids({ q: `Ouk ${tag}`, likelyDuplicate: "true" }))).toEqual(new Set(flagged));
    expect(await ids({ q: `Ouk ${tag}`, likelyDuplicate: "true" })).not.toContain(original.id);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listWorkers(officer, { likelyDuplicate: "true", sort: "name", limit: 1, cursor });
      seen.push(...page.items.map((w) => w.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(flagged));
    const { count } = await countWorkers(officer, { likelyDuplicate: "true" });
    expect(count).toBe(seen.length);
  });

  it("refuses what the new filters cannot mean", async () => {
    for (const query of [{ missing: "passport" }, { likelyDuplicate: "maybe" }, { contractEndFrom: "2026-02-30" }, { returnedTo: "soon" }]) {
      expect((await refusal(listWorkers(officer, query))).code).toBe("VALIDATION");
    }
  });
});

describe("masking", () => {
  it("never returns a full passport number in lists or exports", async () => {
    const [item] = (await listWorkers(officer, { q: passport })).items;
    expect(item.passportMasked).toBe(`••••${passport.slice(-4)}`);
    expect(JSON.stringify(item)).not.toContain(passport);

    const exported = [];
    for await (const batch of await exportWorkers(officer, { q: marker })) exported.push(...batch);
    expect(exported.map((w) => w.id)).toEqual([worker.id]);
    expect(JSON.stringify(exported)).not.toContain(passport);
    expect(await db.auditEvent.count({ where: { action: "worker.export", actorId: officer.id, requestId: officer.requestId } })).toBe(1);
  });

  it("gives the full passport numbers only to the post's officers who ask, and audits that export as such", async () => {
    const exported = [];
    for await (const batch of await exportWorkers(officer, { q: marker }, { withPassports: true })) exported.push(...batch);
    expect(exported.map((w) => [w.id, w.passportNo])).toEqual([[worker.id, passport]]);
    expect(await db.auditEvent.findMany({ where: { action: "worker.exportWithPassports", actorId: officer.id }, select: { after: true } })).toEqual([{ after: { q: marker } }]);

    // Ministry staff export the national register, but never with passport numbers; nothing is recorded for the refusal.
    const ministry = await actorFor("ministry@registry.test");
    expect((await refusal(exportWorkers(ministry, {}, { withPassports: true }))).code).toBe("FORBIDDEN");
    expect(await db.auditEvent.count({ where: { action: "worker.exportWithPassports", actorId: ministry.id } })).toBe(0);
    // Another post's officer finds none of Bangkok's workers, with or without passports.
    const seoulExport = [];
    for await (const batch of await exportWorkers(await actorFor("officer.kr@registry.test"), { q: marker }, { withPassports: true })) seoulExport.push(...batch);
    expect(seoulExport).toEqual([]);
  });

  it("exports the whole scope in batches, beyond one batch of a thousand", async () => {
    const ministry = await actorFor("ministry@registry.test");
    const batches: number[] = [];
    for await (const batch of await exportWorkers(ministry, {})) batches.push(batch.length);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(await db.worker.count());
  });
});
