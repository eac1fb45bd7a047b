/**
 * The synthetic national register as COPY text: the demo's plausible workers (prisma/demo-data.ts)
 * with the register's longer name lists, a batch at a time so that memory stays flat at any size.
 */
import { randomUUID } from "node:crypto";
import { generator, plausibleWorker, type WorkerContext } from "../prisma/demo-data";
import { copyLine } from "../lib/copy-text";
import { registerNames } from "./names";

export const WORKER_COLUMNS = [
  "id", "registrationNo", "fullName", "fullNameKm", "sex", "dateOfBirth", "passportNo", "phone", "provinceCode",
  "destinationCountry", "postId", "employer", "sector", "scheme", "deployedOn", "contractEnd", "returnedOn", "status",
  "createdAt", "updatedAt",
] as const;

export type Chunk = { rows: number; text: string };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
// Prisma keeps DateTime as UTC wall time in `timestamp(3) without time zone`.
const timestamp = (date: Date) => date.toISOString().slice(0, 23);

/**
 * `counts[country]` workers for each destination. Worker i (from 0) gets registration sequence
 * i + 1, so the caller moves `worker_registration_seq` past the total afterwards.
 */
export function* registerChunks(
  counts: Record<string, number>,
  context: Omit<WorkerContext, "names">,
  batchSize = 10_000,
): Generator<Chunk> {
  const random = generator(1_301_609);
  const workerContext = { ...context, names: registerNames };
  let index = 0;
  let batch: string[] = [];
  for (const [country, count] of Object.entries(counts)) {
    for (let n = 0; n < count; n++, index++) {
      const worker = plausibleWorker(random, workerContext, country, index, index + 1);
      const registered = timestamp(worker.createdAt);
      // In WORKER_COLUMNS order.
      batch.push(
        copyLine([
          randomUUID(), worker.registrationNo, worker.fullName, worker.fullNameKm, worker.sex, day(worker.dateOfBirth),
          worker.passportNo, worker.phone, worker.provinceCode, worker.destinationCountry, worker.postId, worker.employer,
          worker.sector, worker.scheme, day(worker.deployedOn), day(worker.contractEnd), day(worker.returnedOn), worker.status,
          registered, registered,
        ]),
      );
      if (batch.length === batchSize) {
        yield { rows: batch.length, text: batch.join("") };
        batch = [];
      }
    }
  }
  if (batch.length) yield { rows: batch.length, text: batch.join("") };
}
