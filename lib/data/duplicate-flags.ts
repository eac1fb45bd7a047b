import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "./audit";
import { findWorkerInScope } from "./worker-scope";

export type DuplicateReason = "name" | "phone";

/**
 * A record registered over the likely-duplicate warning: flagged in the registration's
 * transaction, so that it waits among the post's records needing attention.
 */
export async function flagLikelyDuplicate(tx: Tx, actor: Actor, workerId: string, reason: DuplicateReason): Promise<void> {
  await tx.duplicateFlag.create({ data: { workerId, reason, flaggedById: actor.id } });
  await recordAudit(tx, actor, { action: "worker.flagDuplicate", entityType: "Worker", entityId: workerId });
}

/** An officer checked the record against its matches: it is no longer a likely duplicate. Checking twice changes nothing. */
export async function clearDuplicateFlag(actor: Actor | null, workerId: string): Promise<void> {
  const { actor: who, worker } = await findWorkerInScope(actor, "worker.update", workerId, { id: true });
  await db.$transaction(async (tx) => {
    const { count } = await tx.duplicateFlag.deleteMany({ where: { workerId: worker.id } });
    if (count) await recordAudit(tx, who, { action: "worker.clearDuplicateFlag", entityType: "Worker", entityId: worker.id });
  });
}
