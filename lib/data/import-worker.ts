import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { purgeImportFiles } from "./import-files";
import { claimImportJob, processImportJob, workerIdentity } from "./import-job";

/** How often an idle worker looks for a job queued by another server, or abandoned by a dead one. */
const POLL_MS = 2_000;
const PURGE_MS = 60 * 60 * 1000;

type WorkerState = { owner: string; timer?: NodeJS.Timeout; busy: boolean; again: boolean; purgedAt: number };

// Next bundles the instrumentation hook and the route handlers apart: they share the worker through
// the process, so that an upload wakes the worker at once instead of at its next poll.
const shared = globalThis as unknown as { importWorker?: WorkerState };

function schedule(state: WorkerState, delay: number) {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => void drain(state), delay);
  state.timer.unref();
}

/** Runs jobs one after the other until none is left to claim; one at a time per server. */
async function drain(state: WorkerState) {
  if (state.busy) {
    state.again = true;
    return;
  }
  state.busy = true;
  try {
    for (let id = await claimImportJob(state.owner); id; id = await claimImportJob(state.owner)) {
      await processImportJob(id, state.owner);
    }
    if (Date.now() - state.purgedAt >= PURGE_MS) {
      state.purgedAt = Date.now();
      await purgeImportFiles();
    }
  } catch (error) {
    log("error", "import worker could not reach the queue", { error: error instanceof Error ? { name: error.name } : undefined });
  } finally {
    state.busy = false;
    schedule(state, state.again ? 0 : POLL_MS);
    state.again = false;
  }
}

/** Starts this server's import worker (from instrumentation.ts), unless IMPORT_WORKER=off. */
export function startImportWorker(): void {
  if (shared.importWorker || env.IMPORT_WORKER === "off") return;
  shared.importWorker = { owner: workerIdentity(), busy: false, again: false, purgedAt: 0 };
  schedule(shared.importWorker, 0);
  log("info", "import worker started", { owner: shared.importWorker.owner });
}

/** A job was queued: look now rather than at the next poll. */
export function wakeImportWorker(): void {
  if (shared.importWorker) schedule(shared.importWorker, 0);
}
