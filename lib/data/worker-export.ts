import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";
import type { WorkerListItem } from "@/lib/schemas/worker-list";
import { listWorkers, parseListQuery } from "./worker-list";

const BATCH = "1000";

/** A worker as exported: the list's row, and the full passport number in an export that asked for it. */
export type ExportedWorker = WorkerListItem & { passportNo?: string };

/**
 * Every worker the filters match, within the actor's scope, in batches: an export of a national
 * register never sits in memory at once. Passports stay masked, unless `withPassports` is asked by
 * someone allowed to see them (the post's officers, as on a record's page): that export is audited
 * as such. Permission, filters and the audit event are settled before the first batch, so a
 * refusal is an error, not a broken download.
 */
export async function exportWorkers(
  actor: Actor | null,
  filters: Record<string, string>,
  { withPassports = false }: { withPassports?: boolean } = {},
): Promise<AsyncGenerator<ExportedWorker[]>> {
  const { actor: who } = authorize(actor, "worker.export");
  if (withPassports) authorize(who, "worker.revealPassport");
  parseListQuery(filters);
  const action = withPassports ? "worker.exportWithPassports" : "worker.export";
  await db.$transaction((tx) => recordAudit(tx, who, { action, entityType: "WorkerList", entityId: "export", after: filters }));
  return (async function* batches() {
    let cursor: string | undefined;
    do {
      const page = await listWorkers(who, { ...filters, cursor, limit: BATCH }, { action: "worker.export" });
      yield withPassports ? await withPassportNumbers(page.items) : page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  })();
}

/** The full passport numbers of a batch already within the actor's scope (the list's own query put it there). */
async function withPassportNumbers(items: WorkerListItem[]): Promise<ExportedWorker[]> {
  const passports = await db.worker.findMany({ where: { id: { in: items.map((item) => item.id) } }, select: { id: true, passportNo: true } });
  const byId = new Map(passports.map((row) => [row.id, row.passportNo]));
  return items.map((item) => ({ ...item, passportNo: byId.get(item.id) }));
}
