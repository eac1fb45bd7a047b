import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { findWorkerInScope } from "./worker-scope";

export type HistoryEntry = {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
};

type Change = { id: string; at: Date; action: string; actorId: string | null; before: unknown; after: unknown };

/**
 * An import writes one audit event for its whole file: the workers it created (Worker.importJobId)
 * and changed (ImportChange, with the fields before and after) are traced back to it here.
 */
async function importChanges(id: string, importJobId: string | null): Promise<Change[]> {
  const [created, changed] = await Promise.all([
    importJobId ? db.importJob.findUnique({ where: { id: importJobId }, select: { id: true, createdById: true, startedAt: true, createdAt: true } }) : null,
    db.importChange.findMany({ where: { workerId: id }, select: { line: true, before: true, after: true, job: { select: { id: true, createdById: true, finishedAt: true, createdAt: true } } } }),
  ]);
  return [
    ...(created ? [{ id: `import-${created.id}`, at: created.startedAt ?? created.createdAt, action: "worker.import", actorId: created.createdById, before: null, after: null }] : []),
    ...changed.map((change) => ({
      id: `import-${change.job.id}-${change.line}`,
      at: change.job.finishedAt ?? change.job.createdAt,
      action: "worker.importUpdate",
      actorId: change.job.createdById,
      before: change.before,
      after: change.after,
    })),
  ];
}

/** The record's history from the audit log and its imports, newest first: who, when, and each field before and after. */
export async function getWorkerHistory(actor: Actor | null, id: string): Promise<HistoryEntry[]> {
  const { worker } = await findWorkerInScope(actor, "worker.read", id, { id: true, importJobId: true });
  const [events, imported] = await Promise.all([
    db.auditEvent.findMany({
      where: { entityType: "Worker", entityId: id },
      orderBy: { id: "desc" },
      take: 200,
      select: { id: true, at: true, action: true, actorId: true, before: true, after: true },
    }),
    importChanges(id, worker.importJobId),
  ]);
  const entries: Change[] = [...events.map((event) => ({ ...event, id: String(event.id) })), ...imported].sort((a, b) => b.at.getTime() - a.at.getTime());
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((v): v is string => Boolean(v)))];
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return entries.map((entry) => {
    const before = (entry.before ?? {}) as Record<string, unknown>;
    const after = (entry.after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return {
      id: entry.id,
      at: entry.at,
      action: entry.action,
      actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null,
      changes: fields.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null })),
    };
  });
}
