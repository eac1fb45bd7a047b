import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "./audit";
import { authorize } from "./authorize";
import type { WorkerListItem } from "@/lib/schemas/worker-list";
import { listWorkers, parseListQuery } from "./worker-list";

const BATCH = "1000";

/**
 * Every worker the filters match, within the actor's scope, in batches: an export of a national
 * register never sits in memory at once. Passports stay masked. Permission, filters and the audit
 * event are settled before the first batch, so a refusal is an error, not a broken download.
 */
export async function exportWorkers(actor: Actor | null, filters: Record<string, string>): Promise<AsyncGenerator<WorkerListItem[]>> {
  const { actor: who } = authorize(actor, "worker.export");
  parseListQuery(filters);
  await db.$transaction((tx) => recordAudit(tx, who, { action: "worker.export", entityType: "WorkerList", entityId: "export", after: filters }));
  return (async function* batches() {
    let cursor: string | undefined;
    do {
      const page = await listWorkers(who, { ...filters, cursor, limit: BATCH }, { action: "worker.export" });
      yield page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  })();
}
