import "server-only";
import type { Action, Actor } from "@/lib/auth/permissions";
import { db, type Prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { UUID } from "@/lib/schemas/common";
import { authorize } from "./authorize";

/**
 * The worker `id` if the actor may do `action` to it, or NOT_FOUND: a record outside the actor's
 * scope is indistinguishable from one that does not exist.
 */
export async function findWorkerInScope<S extends Prisma.WorkerSelect>(
  actor: Actor | null,
  action: Action,
  id: string,
  select: S,
  client: Tx | typeof db = db,
): Promise<{ actor: Actor; worker: Prisma.WorkerGetPayload<{ select: S }> }> {
  const { actor: who, within } = authorize(actor, action);
  const worker = UUID.test(id) ? await client.worker.findFirst({ where: { id, ...within.records }, select }) : null;
  if (!worker) throw new AppError("NOT_FOUND");
  return { actor: who, worker: worker as Prisma.WorkerGetPayload<{ select: S }> };
}
