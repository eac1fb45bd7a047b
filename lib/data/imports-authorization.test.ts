import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor, refusal, uniquePassport, workerInput } from "@/lib/test/actors";
import { csvFile, importRow } from "@/lib/test/import-files";
import { importFile, rejections, upload } from "@/lib/test/imports";
import { storeImportFile } from "./import-files";
import { confirmImport, getImport, getRejectedRows, listImports, startImport } from "./imports";
import { createWorker } from "./workers";

afterAll(() => db.$disconnect());

let bangkok: Actor;
let seoul: Actor;
let ministry: Actor;
let admin: Actor;
let seoulPost: string;

beforeAll(async () => {
  [bangkok, seoul, ministry, admin] = await Promise.all(
    ["officer.th@registry.test", "officer.kr@registry.test", "ministry@registry.test", "admin@registry.test"].map(actorFor),
  );
  seoulPost = seoul.postId!;
});

const ids = async (actor: Actor) => (await listImports(actor, { limit: 100 })).items.map((job) => job.id);

describe("who may import what", () => {
  it("an officer imports only rows for their post's destinations, and a passport another post holds is refused", async () => {
    const heldBySeoul = uniquePassport();
    await createWorker(seoul, workerInput({ passportNo: heldBySeoul, destinationCountry: "KR", scheme: "EPS" }));
    const file = csvFile([
      importRow(uniquePassport()),
      importRow(uniquePassport(), { destination_country: "KR", scheme: "EPS" }),
      importRow(uniquePassport(), { destination_country: "Japan" }),
      importRow(heldBySeoul),
    ]);
    const job = await importFile(bangkok, file);
    expect(job).toMatchObject({ created: 1, rejected: 3, post: { id: bangkok.postId } });
    expect(await rejections(job.id)).toEqual({ 3: ["destinationNotCovered"], 4: ["destinationNotCovered"], 5: ["passportHeldElsewhere"] });
  });

  it("an officer cannot ask for another post, and sees only their own post's imports: others are not found", async () => {
    const { fileId } = await storeImportFile(bangkok, { fileName: "register.csv", content: [csvFile([importRow(uniquePassport())])] });
    expect((await refusal(startImport(bangkok, { fileId, dryRun: true, postId: seoulPost }))).fields).toEqual({ postId: ["imports.errors.otherPost"] });

    const job = await importFile(bangkok, csvFile([importRow(uniquePassport(), { date_of_birth: "x" })]), { dryRun: true });
    expect(await getImport(bangkok, job.id)).toMatchObject({ id: job.id });
    expect(await ids(bangkok)).toContain(job.id);
    expect(await ids(seoul)).not.toContain(job.id);
    for (const work of [() => getImport(seoul, job.id), () => getRejectedRows(seoul, job.id), () => confirmImport(seoul, job.id)]) {
      expect((await refusal(work())).code).toBe("NOT_FOUND");
    }
  });

  it("ministry staff may not import nor see imports; nobody signed out may", async () => {
    const job = await upload(bangkok, csvFile([importRow(uniquePassport())]), { dryRun: true });
    for (const work of [
      () => storeImportFile(ministry, { fileName: "register.csv", content: [csvFile([])] }),
      () => startImport(ministry, { fileId: crypto.randomUUID(), dryRun: true }),
      () => listImports(ministry),
      () => getImport(ministry, job.id),
      () => getRejectedRows(ministry, job.id),
      () => confirmImport(ministry, job.id),
    ]) {
      expect((await refusal(work())).code).toBe("FORBIDDEN");
    }
    expect((await refusal(getImport(null, job.id))).code).toBe("UNAUTHENTICATED");
  });

  it("an administrator picks the post, imports for any, and sees every post's imports", async () => {
    const file = csvFile([importRow(uniquePassport(), { destination_country: "KR", scheme: "EPS" }), importRow(uniquePassport())]);
    const { fileId } = await storeImportFile(admin, { fileName: "register.csv", content: [file] });
    expect((await refusal(startImport(admin, { fileId, dryRun: false }))).fields).toEqual({ postId: ["validation.choose"] });

    const job = await importFile(admin, file, { postId: seoulPost });
    expect(job).toMatchObject({ post: { id: seoulPost }, created: 1, rejected: 1 });
    expect(await rejections(job.id)).toEqual({ 3: ["destinationNotCovered"] });
    const created = await db.worker.findFirstOrThrow({ where: { importJobId: job.id }, select: { postId: true, createdById: true } });
    expect(created).toEqual({ postId: seoulPost, createdById: admin.id });

    expect(await ids(seoul)).toContain(job.id);
    expect(await ids(bangkok)).not.toContain(job.id);
    const bangkokJob = await upload(bangkok, csvFile([importRow(uniquePassport())]), { dryRun: true });
    expect(await ids(admin)).toEqual(expect.arrayContaining([job.id, bangkokJob.id]));
    expect(await getImport(admin, bangkokJob.id)).toMatchObject({ id: bangkokJob.id });
  });

  it("an administrator imports the national register: each row to the post that covers its destination, the ministry's own to none", async () => {
    const [th, kr, hk] = [uniquePassport(), uniquePassport(), uniquePassport()];
    const file = csvFile([importRow(th), importRow(kr, { destination_country: "KR", scheme: "EPS" }), importRow(hk, { destination_country: "Hong Kong", sector: "DOMESTIC_WORK", scheme: "DOMESTIC_WORK" })]);
    const job = await importFile(admin, file, { postId: "all" });
    expect(job).toMatchObject({ post: null, created: 3, rejected: 0 });
    const posts = Object.fromEntries((await db.worker.findMany({ where: { importJobId: job.id }, select: { passportNo: true, postId: true } })).map((w) => [w.passportNo, w.postId]));
    expect(posts).toEqual({ [th]: bangkok.postId, [kr]: seoulPost, [hk]: null });
    expect(await ids(bangkok)).not.toContain(job.id);
  });
});
