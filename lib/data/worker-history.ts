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

/** The record's history from the audit log, newest first: who, when, and each field before and after. */
export async function getWorkerHistory(actor: Actor | null, id: string): Promise<HistoryEntry[]> {
  await findWorkerInScope(actor, "worker.read", id, { id: true });
  const events = await db.auditEvent.findMany({
    where: { entityType: "Worker", entityId: id },
    orderBy: { id: "desc" },
    take: 200,
    select: { id: true, at: true, action: true, actorId: true, before: true, after: true },
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((v): v is string => Boolean(v)))];
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return events.map((event) => {
    const before = (event.before ?? {}) as Record<string, unknown>;
    const after = (event.after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return {
      id: String(event.id),
      at: event.at,
      action: event.action,
      actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
      changes: fields.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null })),
    };
  });
}
