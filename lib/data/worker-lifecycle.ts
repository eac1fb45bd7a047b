import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/common";
import { STATUS_TRANSITIONS, StatusChangeInput, TransferInput } from "@/lib/schemas/worker";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";
import { findWorkerInScope } from "./worker-scope";
import { getWorker } from "./workers";

const stateFields = {
  id: true,
  status: true,
  version: true,
  dateOfBirth: true,
  deployedOn: true,
  returnedOn: true,
  postId: true,
  destinationCountry: true,
  employer: true,
} as const;

async function conflict(actor: Actor, id: string): Promise<AppError> {
  return new AppError("CONFLICT", "errors.CONFLICT", undefined, { current: await getWorker(actor, id) });
}

/**
 * Moves a worker to the next status of their life abroad, on the day it happened: deployment sets
 * the deployment date, a return the return date. Only the transitions in STATUS_TRANSITIONS exist.
 */
export async function changeWorkerStatus(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number }> {
  authorize(actor, "worker.update");
  const input = parseInput(StatusChangeInput, raw);
  return db.$transaction(async (tx) => {
    const { actor: who, worker } = await findWorkerInScope(actor, "worker.update", id, stateFields, tx);
    if (worker.version !== input.version) throw await conflict(who, id);
    if (!STATUS_TRANSITIONS[worker.status].includes(input.status)) throw fieldError("status", "validation.transitionNotAllowed");
    if (input.effectiveOn < worker.dateOfBirth) throw fieldError("effectiveOn", "validation.date");
    if (input.status === "RETURNED" && worker.deployedOn && input.effectiveOn < worker.deployedOn) {
      throw fieldError("effectiveOn", "validation.returnBeforeDeployment");
    }

    const dates =
      input.status === "DEPLOYED"
        ? { deployedOn: input.effectiveOn, returnedOn: null }
        : input.status === "RETURNED"
          ? { returnedOn: input.effectiveOn }
          : {};
    const { count } = await tx.worker.updateMany({
      where: { id, version: input.version },
      data: { status: input.status, ...dates, version: { increment: 1 }, updatedById: who.id },
    });
    if (count === 0) throw await conflict(who, id);
    await tx.workerStatusChange.create({
      data: { workerId: id, fromStatus: worker.status, toStatus: input.status, effectiveOn: input.effectiveOn, createdById: who.id },
    });
    await recordAudit(tx, who, {
      action: "worker.status",
      entityType: "Worker",
      entityId: id,
      before: { status: worker.status },
      after: { status: input.status, effectiveOn: input.effectiveOn, ...dates },
    });
    return { version: input.version + 1 };
  });
}

/**
 * Moves a worker to another destination and so to the post that covers it (or to the ministry
 * where no post does). From then on the receiving post holds the record; its history goes with it.
 */
export async function transferWorker(actor: Actor | null, id: string, raw: unknown): Promise<{ version: number; postId: string | null }> {
  authorize(actor, "worker.transfer");
  const input = parseInput(TransferInput, raw);
  return db.$transaction(async (tx) => {
    const { actor: who, worker } = await findWorkerInScope(actor, "worker.transfer", id, stateFields, tx);
    if (worker.version !== input.version) throw await conflict(who, id);
    if (worker.status === "DECEASED") throw fieldError("destinationCountry", "validation.transitionNotAllowed");
    if (input.destinationCountry === worker.destinationCountry) throw fieldError("destinationCountry", "validation.sameDestination");
    const country = await tx.country.findUnique({
      where: { code: input.destinationCountry },
      select: { code: true, posts: { select: { id: true, name: true }, take: 1, orderBy: { createdAt: "asc" } } },
    });
    if (!country) throw fieldError("destinationCountry", "validation.choose");
    const toPost = country.posts[0] ?? null;
    const toPostId = toPost?.id ?? null;
    const fromPost = worker.postId ? await tx.post.findUnique({ where: { id: worker.postId }, select: { name: true } }) : null;

    const { count } = await tx.worker.updateMany({
      where: { id, version: input.version },
      data: {
        destinationCountry: country.code,
        postId: toPostId,
        ...(input.employer ? { employer: input.employer } : {}),
        version: { increment: 1 },
        updatedById: who.id,
      },
    });
    if (count === 0) throw await conflict(who, id);
    await tx.workerTransfer.create({
      data: {
        workerId: id,
        fromPostId: worker.postId,
        toPostId,
        fromCountry: worker.destinationCountry,
        toCountry: country.code,
        effectiveOn: input.effectiveOn,
        createdById: who.id,
      },
    });
    await recordAudit(tx, who, {
      action: "worker.transfer",
      entityType: "Worker",
      entityId: id,
      before: { destinationCountry: worker.destinationCountry, post: fromPost?.name ?? null, employer: worker.employer },
      after: { destinationCountry: country.code, post: toPost?.name ?? null, employer: input.employer ?? worker.employer, effectiveOn: input.effectiveOn },
    });
    return { version: input.version + 1, postId: toPostId };
  });
}
