/**
 * Officers' everyday writes through lib/data, several at once: registrations, then status changes
 * and transfers of those workers, then returns. Only workers this load registered are touched
 * (passport numbers starting WB), and they are deleted afterwards, through the same tally
 * triggers, so that the register stays the published figures' for the next run.
 */
import type { Actor } from "../lib/auth/permissions";
import type * as Database from "../lib/db";
import { AppError } from "../lib/errors";
import type * as Lifecycle from "../lib/data/worker-lifecycle";
import type * as Workers from "../lib/data/workers";
import { generator, plausibleWorker, type Random } from "../prisma/demo-data";
import { drive, type Driven } from "./drive";
import { registerNames } from "./names";

export type WriteData = { workers: typeof Workers; lifecycle: typeof Lifecycle; database: typeof Database };
export type Writer = { actor: Actor; country: string };
export type WriteWave = { name: string; driven: Driven };

const PASSPORT_PREFIX = "WB";

export const benchPassport = (index: number) => `${PASSPORT_PREFIX}${String(index).padStart(7, "0")}`;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The registration form as an officer fills it for a plausible worker (prisma/demo-data.ts), before departure. */
export function registration(random: Random, provinces: string[], country: string, index: number): Record<string, string> {
  const context = { names: registerNames, provinces, postIdFor: () => null, today: Date.now() };
  const worker = plausibleWorker(random, context, country, index, index);
  return {
    fullName: worker.fullName,
    fullNameKm: worker.fullNameKm,
    sex: worker.sex,
    dateOfBirth: isoDay(worker.dateOfBirth),
    passportNo: benchPassport(index),
    phone: worker.phone ?? "",
    provinceCode: worker.provinceCode,
    employer: worker.employer,
    sector: worker.sector,
    scheme: worker.scheme,
    destinationCountry: country,
  };
}

type Written = { id: string; version: number; writer: Writer; index: number };

/**
 * `workers` registrations shared among the writers; then two in three of those workers deployed
 * and one in three transferred to the next writer's destination; then half of the deployed ones
 * returned. Each wave runs `concurrency` operations at a time and waits for the previous one.
 */
export async function runWriteLoad(data: WriteData, writers: Writer[], { workers, concurrency }: { workers: number; concurrency: number }): Promise<WriteWave[]> {
  const { createWorker } = data.workers;
  const { changeWorkerStatus, transferWorker } = data.lifecycle;
  const provinces = (await data.database.db.province.findMany({ select: { code: true }, orderBy: { code: "asc" } })).map((p) => p.code);
  const random = generator(4);
  const today = isoDay(new Date());

  async function register(index: number, writer: Writer): Promise<Written> {
    const form = registration(random, provinces, writer.country, index);
    // As the officer does on seeing the likely duplicates (names repeat in a register this size): confirm.
    const { id } = await createWorker(writer.actor, form).catch((error) => {
      if (error instanceof AppError && error.code === "DUPLICATE") return createWorker(writer.actor, { ...form, confirmDuplicate: true });
      throw error;
    });
    return { id, version: 1, writer, index };
  }

  const waves: WriteWave[] = [];
  async function wave<T>(name: string, items: T[], operation: (item: T) => Promise<Written | null>): Promise<Written[]> {
    const done: Written[] = [];
    const queue = [...items];
    const driven = await drive(() => {
      const item = queue.shift();
      return item === undefined ? null : async () => {
        const written = await operation(item);
        if (written) done.push(written);
      };
    }, concurrency);
    waves.push({ name, driven });
    return done;
  }

  const registered = await wave("registrations", Array.from({ length: workers }, (_, index) => index), (index) => register(index, writers[index % writers.length]));
  const moved = await wave("status changes (deployed) and transfers", registered, async (worker) => {
    if (worker.index % 3 === 2) {
      const to = writers[(writers.indexOf(worker.writer) + 1) % writers.length];
      await transferWorker(worker.writer.actor, worker.id, { destinationCountry: to.country, effectiveOn: today, version: worker.version });
      return null;
    }
    const { version } = await changeWorkerStatus(worker.writer.actor, worker.id, { status: "DEPLOYED", effectiveOn: today, version: worker.version });
    return { ...worker, version };
  });
  await wave("status changes (returned)", moved.filter((worker) => worker.index % 2 === 0), async (worker) => {
    await changeWorkerStatus(worker.writer.actor, worker.id, { status: "RETURNED", effectiveOn: today, version: worker.version });
    return null;
  });
  return waves;
}

/** Deletes every worker the write load registered, their history with them; returns how many. */
export async function removeWrittenWorkers({ db }: typeof Database): Promise<number> {
  const pattern = `${PASSPORT_PREFIX}%`;
  const [, , removed] = await db.$transaction([
    db.$executeRaw`DELETE FROM "WorkerStatusChange" WHERE "workerId" IN (SELECT id FROM "Worker" WHERE "passportNo" LIKE ${pattern})`,
    db.$executeRaw`DELETE FROM "WorkerTransfer" WHERE "workerId" IN (SELECT id FROM "Worker" WHERE "passportNo" LIKE ${pattern})`,
    db.$executeRaw`DELETE FROM "Worker" WHERE "passportNo" LIKE ${pattern}`,
  ]);
  return removed;
}
