import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { actorFor, postIn, uniquePassport } from "@/lib/test/actors";
import { csvFile, importRow } from "@/lib/test/import-files";
import { upload } from "@/lib/test/imports";
import { actorForApiToken, issueApiToken, revokeApiToken } from "./api-tokens";
import { runImportJob } from "./import-job";
import { getImport } from "./imports";
import { createUser, setUserActive, updateUser } from "./users";

afterAll(() => db.$disconnect());

let admin: Actor;
let bangkok: string;
let seoul: string;
beforeAll(async () => {
  admin = await actorFor("admin@registry.test");
  [bangkok, seoul] = await Promise.all([postIn("Bangkok"), postIn("Seoul")]);
});

/** An officer of Bangkok of this test's own, who can be deactivated or moved. */
async function bangkokOfficer(): Promise<Actor> {
  const { id } = await createUser(admin, { email: `queued-${crypto.randomUUID()}@registry.test`, name: "Queued Officer", role: "OFFICER", postId: bangkok });
  await db.user.update({ where: { id }, data: { mustChangePassword: false } });
  return { id, role: "OFFICER", postId: bangkok };
}

const version = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** Queues an import of one new worker, lets `change` happen while it waits, then runs it. */
async function queuedThen(actor: Actor, change: () => Promise<unknown>) {
  const passport = uniquePassport();
  const job = await upload(actor, csvFile([importRow(passport)]));
  await change();
  await runImportJob(job.id);
  const ended = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, error: true, created: true } });
  return { ended, imported: await db.worker.count({ where: { passportNo: passport } }) };
}

const refused = { ended: { status: "FAILED", error: "rightsChanged", created: 0 }, imported: 0 };

describe("a queued import re-checks its uploader's rights when it runs", () => {
  it("fails, importing nothing, when the uploader was deactivated meanwhile", async () => {
    const officer = await bangkokOfficer();
    expect(await queuedThen(officer, async () => setUserActive(admin, officer.id, false, { version: await version(officer.id) }))).toEqual(refused);
  });

  it("fails when the uploader was moved to another post meanwhile: it never writes into the old one", async () => {
    const officer = await bangkokOfficer();
    const moved = async () => updateUser(admin, officer.id, { name: "Queued Officer", role: "OFFICER", postId: seoul, version: await version(officer.id) });
    expect(await queuedThen(officer, moved)).toEqual(refused);
  });

  it("fails when the token it was queued through was revoked meanwhile", async () => {
    const { id, token } = await issueApiToken(admin, { name: "Loader", role: "OFFICER", postId: bangkok });
    const actor = (await actorForApiToken(token))!;
    expect(await queuedThen(actor, () => revokeApiToken(admin, id))).toEqual(refused);
  });

  it("runs when nothing changed, and its audit event records who the uploader was when they queued it", async () => {
    const officer = await bangkokOfficer();
    const { ended, imported } = await queuedThen(officer, async () => {});
    expect({ ended, imported }).toEqual({ ended: { status: "SUCCEEDED", error: null, created: 1 }, imported: 1 });
    const job = await db.importJob.findFirstOrThrow({ where: { createdById: officer.id }, select: { id: true } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "ImportJob", entityId: job.id } });
    expect(event).toMatchObject({ actorId: officer.id, actorRole: "OFFICER", actorPostId: bangkok, actorTokenId: null });
    expect(await getImport(admin, job.id)).toMatchObject({ status: "SUCCEEDED" });
  });
});
