import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import { formatRegistrationNo, maskPassport } from "@/lib/mask";
import { CLEARABLE_WORKER_FIELDS, WorkerInput, WorkerUpdateInput } from "@/lib/schemas/worker";
import { parseInput } from "@/lib/schemas/common";
import { applyMergePatch } from "@/lib/schemas/merge-patch";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";
import { findLikelyDuplicates } from "./duplicates";
import { flagLikelyDuplicate } from "./duplicate-flags";
import { violatesUnique } from "./unique-violation";
import { findWorkerInScope } from "./worker-scope";

export { countWorkers, listWorkers } from "./worker-list";

const editableSelect = {
  fullName: true,
  fullNameKm: true,
  sex: true,
  dateOfBirth: true,
  passportNo: true,
  phone: true,
  provinceCode: true,
  employer: true,
  sector: true,
  scheme: true,
  deployedOn: true,
  contractEnd: true,
} satisfies Prisma.WorkerSelect;

/** A worker's record as its page and the API show it (without the full passport number: see toWorkerDetail). */
export const detailFields = {
  ...editableSelect,
  id: true,
  registrationNo: true,
  destinationCountry: true,
  status: true,
  returnedOn: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  updatedById: true,
  province: { select: { code: true, nameEn: true, nameKm: true } },
  country: { select: { code: true, nameEn: true, nameKm: true } },
  post: { select: { id: true, name: true } },
} satisfies Prisma.WorkerSelect;

export type WorkerDetail = Omit<Prisma.WorkerGetPayload<{ select: typeof detailFields }>, "passportNo"> & {
  passportMasked: string;
};

/** One worker, or NOT_FOUND when it does not exist or lies outside the actor's scope. */
export async function getWorker(actor: Actor | null, id: string): Promise<WorkerDetail> {
  const { worker } = await findWorkerInScope(actor, "worker.read", id, detailFields);
  return toWorkerDetail(worker);
}

/** The record with its passport number masked. */
export function toWorkerDetail<W extends { passportNo: string }>({ passportNo, ...rest }: W): Omit<W, "passportNo"> & { passportMasked: string } {
  return { ...rest, passportMasked: maskPassport(passportNo) };
}

/** The record's editable fields as the edit form shows them (dates as YYYY-MM-DD), without the full passport number. */
export async function getWorkerForEdit(actor: Actor | null, id: string) {
  const { worker } = await findWorkerInScope(actor, "worker.update", id, { ...editableSelect, registrationNo: true, version: true });
  const values = Object.fromEntries(
    editableFields
      .filter((field) => field !== "passportNo")
      .map((field) => {
        const value = worker[field];
        return [field, value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? "")];
      }),
  ) as Record<string, string>;
  return { registrationNo: worker.registrationNo, passportMasked: maskPassport(worker.passportNo), values: { ...values, version: String(worker.version) } };
}

/** The full passport number, for those allowed to see it; every reveal is audited. */
export async function revealPassport(actor: Actor | null, id: string): Promise<string> {
  const { actor: who, worker } = await findWorkerInScope(actor, "worker.revealPassport", id, { id: true, passportNo: true });
  await db.$transaction((tx) => recordAudit(tx, who, { action: "worker.revealPassport", entityType: "Worker", entityId: worker.id }));
  return worker.passportNo;
}

async function checkReferences(input: { provinceCode: string }) {
  const province = await db.province.findUnique({ where: { code: input.provinceCode }, select: { code: true } });
  if (!province) throw fieldError("provinceCode", "validation.choose");
}

function passportTaken(error: unknown): never {
  if (violatesUnique(error, "Worker", "passportNo")) throw fieldError("passportNo", "validation.passportTaken");
  throw error;
}

/**
 * Registers a worker for the actor's post. The post is never taken from the input: the destination
 * must be one the actor's post covers. Likely duplicates stop the registration until the officer
 * confirms; a record saved over them is flagged for checking. The worker and its audit event are
 * written in one transaction.
 */
export async function createWorker(actor: Actor | null, raw: unknown): Promise<{ id: string; registrationNo: string }> {
  const { actor: who, within } = authorize(actor, "worker.create");
  const { confirmDuplicate, ...input } = parseInput(WorkerInput, raw);

  const post = await db.post.findFirst({
    where: { id: within.ownPost(), countries: { some: { code: input.destinationCountry } } },
    select: { id: true },
  });
  if (!post) throw fieldError("destinationCountry", "validation.destinationNotCovered");
  await checkReferences(input);
  if (await db.worker.findUnique({ where: { passportNo: input.passportNo }, select: { id: true } })) {
    throw fieldError("passportNo", "validation.passportTaken");
  }
  const duplicates = await findLikelyDuplicates(within, input);
  if (duplicates.length && !confirmDuplicate) throw new AppError("DUPLICATE", "errors.DUPLICATE", undefined, { duplicates });

  try {
    return await db.$transaction(async (tx) => {
      const [{ next }] = await tx.$queryRaw<{ next: bigint }[]>`SELECT nextval('worker_registration_seq') AS next`;
      const registrationNo = formatRegistrationNo(input.destinationCountry, new Date(), next);
      const record = { ...input, registrationNo, postId: post.id };
      const { id } = await tx.worker.create({
        data: { ...record, createdById: who.id, updatedById: who.id },
        select: { id: true },
      });
      if (input.status !== "PRE_DEPARTURE") {
        await tx.workerStatusChange.create({
          data: { workerId: id, fromStatus: "PRE_DEPARTURE", toStatus: input.status, effectiveOn: input.deployedOn!, createdById: who.id },
        });
      }
      await recordAudit(tx, who, { action: "worker.create", entityType: "Worker", entityId: id, after: record });
      // Saved over the warning: someone should still check it against the matching records.
      if (duplicates.length) await flagLikelyDuplicate(tx, who, id, duplicates[0].reason);
      return { id, registrationNo };
    });
  } catch (error) {
    return passportTaken(error);
  }
}

type Editable = keyof typeof editableSelect;
const editableFields = Object.keys(editableSelect) as Editable[];

function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? "" : String(value);
}

/**
 * Corrects a record. The update only applies to the version the officer edited: if someone saved
 * in between, it is a CONFLICT carrying the current record, and nothing is written.
 */
export async function updateWorker(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  const { actor: who } = authorize(actor, "worker.update");
  const { version, ...input } = parseInput(WorkerUpdateInput, raw);
  await checkReferences(input);
  const conflict = async () => new AppError("CONFLICT", "errors.CONFLICT", undefined, { current: await getWorker(who, id) });

  try {
    return await db.$transaction(async (tx) => {
      const { worker: current } = await findWorkerInScope(who, "worker.update", id, { ...editableSelect, version: true, status: true }, tx);
      if (current.version !== version) throw await conflict();
      if (current.status === "DEPLOYED" && !input.deployedOn) throw fieldError("deployedOn", "validation.deployedOnRequired");

      const next = Object.fromEntries(editableFields.map((field) => [field, input[field] ?? null])) as Record<Editable, unknown>;
      next.passportNo = input.passportNo ?? current.passportNo;
      const changed = editableFields.filter((field) => comparable(current[field]) !== comparable(next[field]));
      if (changed.length === 0) return { version };
      // The version in the WHERE makes check and write one step: a save in between updates nothing.
      const { count } = await tx.worker.updateMany({
        where: { id, version },
        data: { ...next, version: { increment: 1 }, updatedById: who.id } as Prisma.WorkerUpdateManyMutationInput,
      });
      if (count === 0) throw await conflict();
      await recordAudit(tx, who, {
        action: "worker.update",
        entityType: "Worker",
        entityId: id,
        before: Object.fromEntries(changed.map((field) => [field, current[field]])),
        after: Object.fromEntries(changed.map((field) => [field, next[field]])),
      });
      return { version: version + 1 };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    return passportTaken(error);
  }
}

/**
 * Corrects a record with a JSON Merge Patch (RFC 7396), as a client of the API sends it: the
 * stored record with the patch applied is validated whole, as the edit form's record is, then
 * saved as updateWorker saves it, as of the patch's `version` (required).
 */
export async function patchWorker(actor: Actor | null, id: string, patch: unknown) {
  const { actor: who } = authorize(actor, "worker.update");
  const { worker } = await findWorkerInScope(who, "worker.update", id, editableSelect);
  // The passport number is sent only to change it, as the edit form does.
  const stored = Object.fromEntries(
    editableFields.filter((field) => field !== "passportNo" && worker[field] !== null).map((field) => [field, comparable(worker[field])]),
  );
  const fields = Object.keys(WorkerUpdateInput.shape);
  const merged = applyMergePatch(stored, patch, { fields, clearable: CLEARABLE_WORKER_FIELDS });
  return updateWorker(who, id, merged);
}
