import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type pg from "pg";
import { can, type Actor, type Role } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { ImportFileProblem, type ImportFailure, type ImportFailureValues } from "@/lib/imports/file-problem";
import { log } from "@/lib/log";
import { pgPool } from "@/lib/pg-pool";
import { recordAudit } from "./audit";
import { writeBatch, type BatchCounts } from "./import-batch";
import { loadReferences, stageFile } from "./import-stage";

/**
 * The import queue's worker side. A job is a row of ImportJob claimed with a lease: a worker that
 * dies (server killed, database restarted) stops renewing it, and once it runs out any worker
 * claims the job again and resumes it after the last batch it committed. Each batch commits its
 * workers, its rejected rows and the job's counters together, so nothing is written twice or lost.
 */

const LEASE_SECONDS = env.IMPORT_LEASE_SECONDS;
/** Renewed six times a lease: a few missed beats (a slow moment) do not lose the job. */
const HEARTBEAT_MS = (LEASE_SECONDS * 1000) / 6;
/**
 * Claims a job may have. A claim counts when it is made, so a job whose reading takes its server
 * down (and so never reaches an error handler) is given up after this many, not retried forever.
 */
export const MAX_CLAIMS = 3;
/** Rows per transaction: big enough for set-based writes, small enough that officers' own writes to the same tallies wait little. */
const IMPORT_BATCH_ROWS = 20_000;
const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export type RunOptions = {
  /** Who holds the lease; each server process has its own. */
  owner?: string;
  batchRows?: number;
  /**
   * Aborting stops the job where it is, as a killed server would: the batch in hand is rolled back
   * and the lease is kept until it runs out.
   */
  signal?: AbortSignal;
  /** Called inside each batch's transaction, before it commits (the batches count from 0 in each run). */
  onBatch?: (batch: number) => void;
};

class LeaseLost extends Error {}
class Stopped extends Error {}
/** The uploader no longer holds the right the job acts on: it ends FAILED with this reason. */
class RightsChanged extends Error {}

type Uploader = { createdById: string; createdByRole: Role; createdByPostId: string | null; createdByTokenId: string | null };

/** The uploader as they were when they queued the job: whom the job acts for, and whom its audit event names. */
const uploaderAtQueue = (job: Uploader): Actor => ({ id: job.createdById, role: job.createdByRole, postId: job.createdByPostId, tokenId: job.createdByTokenId ?? undefined });

/**
 * Queued work acts with the rights its uploader still has: the account active, with the role and
 * post it had at upload, and the token it came through (if any) neither revoked nor expired. Checked
 * before the job reads the file and again before it writes.
 */
async function checkUploaderStillEntitled(job: Uploader & { postId: string | null }) {
  const [user, token] = await Promise.all([
    db.user.findUnique({ where: { id: job.createdById }, select: { active: true, role: true, postId: true } }),
    job.createdByTokenId ? db.apiToken.findUnique({ where: { id: job.createdByTokenId }, select: { revokedAt: true, expiresAt: true } }) : null,
  ]);
  const now = new Date();
  const tokenValid = !job.createdByTokenId || (token !== null && token.revokedAt === null && token.expiresAt > now);
  // Through a token the owner keeps their own role (the token's is recorded); in person, role and post are the job's.
  const accountUnchanged = user?.active === true && (job.createdByTokenId ? true : user.role === job.createdByRole && user.postId === job.createdByPostId);
  if (!tokenValid || !accountUnchanged || !can(uploaderAtQueue(job), "worker.import", job.postId)) throw new RightsChanged();
}

export function workerIdentity(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Why a job whose worker keeps dying fails, as the job stores it. */
const STOPPED_SERVER: ImportFailure = "stoppedServer";

/**
 * Claims the oldest claimable job (or the one given): queued, or running with a lease run out. A job
 * whose lease ran out after its last allowed claim took its worker down with it: it fails instead.
 */
export async function claimImportJob(owner: string, jobId?: string): Promise<string | null> {
  const only = jobId ? Prisma.sql`AND id = ${jobId}::uuid` : Prisma.empty;
  await db.$executeRaw`
    UPDATE "ImportJob" SET status = 'FAILED', phase = NULL, error = ${STOPPED_SERVER}, "errorValues" = ${JSON.stringify({ claims: MAX_CLAIMS })}::jsonb,
           "finishedAt" = ${NOW}, "leaseOwner" = NULL, "leaseUntil" = NULL
    WHERE status = 'RUNNING' AND "leaseUntil" < ${NOW} AND attempts >= ${MAX_CLAIMS} ${only}`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "ImportJob" SET status = 'RUNNING', "leaseOwner" = ${owner}, "leaseUntil" = ${NOW} + make_interval(secs => ${LEASE_SECONDS}),
           attempts = attempts + 1, "startedAt" = coalesce("startedAt", ${NOW})
    WHERE id = (
      SELECT id FROM "ImportJob"
      WHERE (status = 'QUEUED' OR (status = 'RUNNING' AND "leaseUntil" < ${NOW} AND attempts < ${MAX_CLAIMS})) ${only}
      ORDER BY "createdAt" LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/** Claims the job and runs it to its end, unless another worker holds it: then "busy". */
export async function runImportJob(jobId: string, options: RunOptions = {}): Promise<"done" | "busy"> {
  const owner = options.owner ?? workerIdentity();
  if (!(await claimImportJob(owner, jobId))) return "busy";
  await processImportJob(jobId, owner, options);
  return "done";
}

const held = (id: string, owner: string) => ({ id, leaseOwner: owner, status: "RUNNING" as const });

async function renewLease(id: string, owner: string, data: Prisma.ImportJobUpdateManyMutationInput = {}) {
  const { count } = await db.importJob.updateMany({ where: held(id, owner), data: { ...data, leaseUntil: new Date(Date.now() + LEASE_SECONDS * 1000) } });
  if (count !== 1) throw new LeaseLost();
}

/** Runs a job this worker has claimed; what happens to the job is recorded on it, nothing is thrown. */
export async function processImportJob(id: string, owner: string, options: RunOptions = {}): Promise<void> {
  const job = await db.importJob.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      postId: true,
      dryRun: true,
      createdById: true,
      createdByRole: true,
      createdByPostId: true,
      createdByTokenId: true,
      lastLine: true,
      rowsDone: true,
      attempts: true,
      sha256: true,
      file: { select: { id: true, fileName: true, format: true } },
    },
  });
  const heartbeat = setInterval(() => renewLease(id, owner).catch(() => {}), HEARTBEAT_MS);
  const client = await pgPool.connect();
  try {
    await client.query(`SET work_mem = '64MB'`);
    await checkUploaderStillEntitled(job);
    await renewLease(id, owner, { phase: "READING", phaseStartedAt: new Date(), phaseStartRows: 0, bytesRead: 0 });
    const references = await loadReferences(job.postId);
    const staged = await stageFile(client, job.file, references, async (progress) => {
      if (options.signal?.aborted) throw new Stopped();
      await renewLease(id, owner, { bytesRead: progress.bytesRead, rowsRead: progress.rowsRead });
    });
    await renewLease(id, owner, { rowsRead: staged.rows, columns: staged.mapping, phase: "WRITING", phaseStartedAt: new Date(), phaseStartRows: job.rowsDone });
    if (!job.dryRun && staged.highestRegistrySequence > 0) {
      // Numbers the file brings in the registry's own form must never be handed out again.
      await client.query(`SELECT setval('worker_registration_seq', $1) WHERE $1 > (SELECT last_value FROM worker_registration_seq)`, [staged.highestRegistrySequence]);
    }
    await checkUploaderStillEntitled(job);
    await writeBatches(client, job, owner, options);
    await finish(job, owner);
  } catch (error) {
    await settleFailure(job, owner, error);
  } finally {
    clearInterval(heartbeat);
    // The staging tables are temporary: closing the connection drops them with it.
    client.release(true);
  }
}

async function writeBatches(
  client: pg.PoolClient,
  job: { id: string; postId: string | null; dryRun: boolean; createdById: string; lastLine: number },
  owner: string,
  options: RunOptions,
) {
  const batchRows = options.batchRows ?? IMPORT_BATCH_ROWS;
  let after = job.lastLine;
  for (let batch = 0; ; batch++) {
    const {
      rows: [range],
    } = await client.query<{ upTo: number | null }>(`SELECT max(line) AS "upTo" FROM (SELECT line FROM import_stage WHERE line > $1 ORDER BY line LIMIT $2) b`, [after, batchRows]);
    if (range.upTo === null) return;
    await client.query("BEGIN");
    try {
      const counts: BatchCounts = await writeBatch(client, job, { after, upTo: range.upTo });
      const { rowCount } = await client.query(
        `UPDATE "ImportJob" SET "lastLine" = $3, "rowsDone" = "rowsDone" + $4, created = created + $5, updated = updated + $6,
                unchanged = unchanged + $7, rejected = rejected + $8, "leaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => $9)
         WHERE id = $1 AND "leaseOwner" = $2 AND status = 'RUNNING'`,
        [job.id, owner, range.upTo, counts.rows, counts.created, counts.updated, counts.unchanged, counts.rejected, LEASE_SECONDS],
      );
      // Another worker took the job over (this one stalled past its lease): its batches, not ours.
      if (rowCount !== 1) throw new LeaseLost();
      options.onBatch?.(batch);
      if (options.signal?.aborted) throw new Stopped();
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
    after = range.upTo;
  }
}

/** The job's end: succeeded, with one audit event carrying the counts (a dry run changed nothing, so it has none). */
async function finish(job: Uploader & { id: string; dryRun: boolean; postId: string | null; sha256: string; file: { id: string; fileName: string } }, owner: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.importJob.updateMany({
      where: held(job.id, owner),
      data: { status: "SUCCEEDED", phase: null, finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
    });
    if (count !== 1) throw new LeaseLost();
    if (job.dryRun) return;
    const result = await tx.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { rowsRead: true, created: true, updated: true, unchanged: true, rejected: true } });
    await recordAudit(tx, uploaderAtQueue(job), {
      action: "worker.import",
      entityType: "ImportJob",
      entityId: job.id,
      after: { fileName: job.file.fileName, sha256: job.sha256, postId: job.postId, ...result },
    });
  });
  if (!job.dryRun) {
    // The rows are in the register and the rejected ones kept apart: the upload itself is personal data no longer needed.
    await db.importFileChunk.deleteMany({ where: { fileId: job.file.id, file: { jobs: { none: { status: { in: ["QUEUED", "RUNNING"] }, id: { not: job.id } } } } } });
  }
}

/** What a database error may say in the log: its code and constraint, never its text, which can quote a row. */
function loggable(error: unknown) {
  if (error instanceof Error && "code" in error) {
    const { code, constraint, routine } = error as Error & { code?: string; constraint?: string; routine?: string };
    return { name: error.name, code, constraint, routine };
  }
  return error;
}

async function settleFailure(job: { id: string; attempts: number }, owner: string, error: unknown) {
  if (error instanceof Stopped || error instanceof LeaseLost) return;
  const failed = (code: ImportFailure, values: ImportFailureValues = {}) =>
    db.importJob.updateMany({
      where: held(job.id, owner),
      data: { status: "FAILED", phase: null, error: code, errorValues: values, finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
    });
  try {
    if (error instanceof ImportFileProblem) {
      await failed(error.code, error.values);
      return;
    }
    if (error instanceof RightsChanged) {
      await failed("rightsChanged");
      return;
    }
    log("error", "import job stopped", { jobId: job.id, attempt: job.attempts, error: loggable(error) });
    if (job.attempts >= MAX_CLAIMS) await failed("unexpected");
    // Otherwise the lease runs out and the job is claimed again, from its last committed batch.
  } catch (settling) {
    log("error", "import job could not be settled", { jobId: job.id, error: loggable(settling) });
  }
}
