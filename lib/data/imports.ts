import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import type { ColumnMapping } from "@/lib/imports/columns";
import type { ImportFailure, ImportFailureValues } from "@/lib/imports/file-problem";
import { parseInput, UUID } from "@/lib/schemas/common";
import { ImportListQuery, ImportStart } from "@/lib/schemas/imports";
import { authorize, type PostScope } from "./authorize";
import { wakeImportWorker } from "./import-worker";
import { violatesUnique } from "./unique-violation";
import { decodeCursor, encodeCursor } from "./cursor";

const jobFields = {
  id: true,
  dryRun: true,
  status: true,
  phase: true,
  phaseStartedAt: true,
  phaseStartRows: true,
  columns: true,
  bytesRead: true,
  rowsRead: true,
  rowsDone: true,
  created: true,
  updated: true,
  unchanged: true,
  rejected: true,
  error: true,
  errorValues: true,
  createdById: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  fileId: true,
  file: {
    select: {
      fileName: true,
      format: true,
      byteSize: true,
      // The import run from a dry run's file, if any (the newest that did not fail).
      jobs: { where: { dryRun: false, status: { not: "FAILED" } }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
    },
  },
  post: { select: { id: true, name: true } },
} satisfies Prisma.ImportJobSelect;

type JobRow = Prisma.ImportJobGetPayload<{ select: typeof jobFields }>;

/** Reading the file counts for a quarter of the work; checking and writing every row for the rest. */
const READING_SHARE = 0.25;

export type ImportView = {
  id: string;
  fileName: string;
  format: "CSV" | "XLSX";
  dryRun: boolean;
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  phase: "READING" | "WRITING" | null;
  post: { id: string; name: string } | null;
  rowsRead: number;
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** From 0 to 1. */
  progress: number;
  rowsPerSecond: number | null;
  /** Why a failed job stopped: its code and the values its message takes, translated where shown. */
  error: { code: ImportFailure; values: ImportFailureValues } | null;
  columns: { read: { field: string; header: string }[]; ignored: string[] } | null;
  /** For a dry run: the import of the same file, once started. */
  importedAs: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

function progressOf(job: JobRow): number {
  if (job.status === "SUCCEEDED") return 1;
  if (job.phase === "READING") return READING_SHARE * (Number(job.bytesRead) / Math.max(Number(job.file.byteSize), 1));
  if (job.phase === "WRITING") return READING_SHARE + (1 - READING_SHARE) * (job.rowsDone / Math.max(job.rowsRead, 1));
  return 0;
}

function rowsPerSecond(job: JobRow, now: number): number | null {
  if (job.status === "SUCCEEDED" && job.startedAt && job.finishedAt) {
    const seconds = (job.finishedAt.getTime() - job.startedAt.getTime()) / 1000;
    return seconds > 0 ? Math.round(job.rowsRead / seconds) : null;
  }
  if (job.status !== "RUNNING" || !job.phaseStartedAt) return null;
  const seconds = (now - job.phaseStartedAt.getTime()) / 1000;
  const rows = job.phase === "READING" ? job.rowsRead : job.rowsDone - job.phaseStartRows;
  return seconds > 0.5 ? Math.round(rows / seconds) : null;
}

function viewOf(job: JobRow, now = Date.now()): ImportView {
  const mapping = job.columns as ColumnMapping | null;
  return {
    id: job.id,
    fileName: job.file.fileName,
    format: job.file.format,
    dryRun: job.dryRun,
    status: job.status,
    phase: job.phase,
    post: job.post,
    rowsRead: job.rowsRead,
    rowsDone: job.rowsDone,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    rejected: job.rejected,
    progress: Math.min(1, Math.max(0, progressOf(job))),
    rowsPerSecond: rowsPerSecond(job, now),
    error: job.error ? { code: job.error as ImportFailure, values: (job.errorValues as ImportFailureValues | null) ?? {} } : null,
    columns: mapping ? { read: mapping.read, ignored: mapping.ignored } : null,
    importedAs: job.dryRun ? (job.file.jobs[0]?.id ?? null) : null,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

async function findJob(actor: Actor | null, id: string): Promise<{ actor: Actor; job: JobRow }> {
  // Officers see their post's imports; administrators every import.
  const { actor: who, within } = authorize(actor, "worker.import");
  const job = UUID.test(id) ? await db.importJob.findFirst({ where: { id, ...within.records }, select: jobFields }) : null;
  if (!job) throw new AppError("NOT_FOUND");
  return { actor: who, job };
}

/** The post the import writes for: the officer's own; the one an administrator picked, or every destination (null). */
async function targetPost(within: PostScope, requested: string | undefined): Promise<string | null> {
  if (within.postId) {
    if (requested !== undefined && requested !== within.postId) throw fieldError("postId", "imports.errors.otherPost");
    return within.postId;
  }
  if (requested === undefined) throw fieldError("postId", "validation.choose");
  if (requested === "all") return null;
  if (!(await db.post.findUnique({ where: { id: requested }, select: { id: true } }))) throw fieldError("postId", "validation.choose");
  return requested;
}

/**
 * Queues an import (or its dry run) of a file the actor uploaded. The same content for the same post
 * while a job on it is still queued or running joins that job: it is keyed on the file's hash.
 */
export async function startImport(actor: Actor | null, raw: unknown): Promise<ImportView> {
  const { actor: who, within } = authorize(actor, "worker.import");
  const input = parseInput(ImportStart, raw);
  const file = await db.importFile.findFirst({ where: { id: input.fileId, uploadedById: who.id }, select: { id: true, sha256: true } });
  if (!file) throw new AppError("NOT_FOUND");
  const postId = await targetPost(within, input.postId);
  return queueJob(who, { fileId: file.id, sha256: file.sha256, postId, dryRun: input.dryRun });
}

/** Runs the file of a finished dry run for real, for the same post; asked again, answers the import already started. */
export async function confirmImport(actor: Actor | null, dryRunId: string): Promise<ImportView> {
  const { actor: who, job } = await findJob(actor, dryRunId);
  if (!job.dryRun || job.status !== "SUCCEEDED") throw new AppError("CONFLICT", "imports.errors.notConfirmable");
  const started = job.file.jobs[0];
  if (started) return viewOf(await db.importJob.findUniqueOrThrow({ where: { id: started.id }, select: jobFields }));
  if (!(await db.importFileChunk.findFirst({ where: { fileId: job.fileId }, select: { seq: true } }))) throw new AppError("CONFLICT", "imports.errors.fileGone");
  const { sha256 } = await db.importFile.findUniqueOrThrow({ where: { id: job.fileId }, select: { sha256: true } });
  return queueJob(who, { fileId: job.fileId, sha256, postId: job.post?.id ?? null, dryRun: false });
}

async function queueJob(actor: Actor, job: { fileId: string; sha256: string; postId: string | null; dryRun: boolean }): Promise<ImportView> {
  const active = { sha256: job.sha256, postId: job.postId, dryRun: job.dryRun, status: { in: ["QUEUED" as const, "RUNNING" as const] } };
  const existing = await db.importJob.findFirst({ where: active, select: jobFields });
  if (existing) return viewOf(existing);
  try {
    const uploader = { createdById: actor.id, createdByRole: actor.role, createdByPostId: actor.postId, createdByTokenId: actor.tokenId ?? null };
    const created = await db.importJob.create({ data: { ...job, ...uploader }, select: jobFields });
    wakeImportWorker();
    return viewOf(created);
  } catch (error) {
    // Two uploads of one file at the same moment: the partial unique index lets one job through.
    if (!violatesUnique(error, "ImportJob", "sha256") && !violatesUnique(error, "ImportJob", "active")) throw error;
    return viewOf(await db.importJob.findFirstOrThrow({ where: active, select: jobFields }));
  }
}

/** One import, or NOT_FOUND outside the actor's scope (another post's import). */
export async function getImport(actor: Actor | null, id: string): Promise<ImportView> {
  return viewOf((await findJob(actor, id)).job);
}

const NEWEST_FIRST = "imports:newest";

/** The imports the actor may see, newest first, a page at a time. */
export async function listImports(actor: Actor | null, raw: unknown = {}): Promise<{ items: ImportView[]; nextCursor: string | null }> {
  const { within } = authorize(actor, "worker.import");
  const query = parseInput(ImportListQuery, raw);
  const cursor = decodeCursor(query.cursor, NEWEST_FIRST, "instant");
  const after: Prisma.ImportJobWhereInput = cursor
    ? { OR: [{ createdAt: { lt: new Date(cursor.value) } }, { createdAt: new Date(cursor.value), id: { lt: cursor.id } }] }
    : {};
  const rows = await db.importJob.findMany({
    where: { ...within.records, ...after },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: jobFields,
  });
  const items = rows.slice(0, query.limit).map((row) => viewOf(row));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(NEWEST_FIRST, { value: last.createdAt.toISOString(), id: last.id }) : null };
}

/** Imports not finished yet (queued or running), newest first: the few a home page shows, and how many there are. */
export async function listOpenImports(actor: Actor | null, limit: number): Promise<{ items: ImportView[]; total: number }> {
  const { within } = authorize(actor, "worker.import");
  const where: Prisma.ImportJobWhereInput = { ...within.records, status: { in: ["QUEUED", "RUNNING"] } };
  const [total, rows] = await Promise.all([
    db.importJob.count({ where }),
    db.importJob.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: jobFields }),
  ]);
  return { items: rows.map((row) => viewOf(row)), total };
}

export type RejectedRow = { line: number; cells: string[]; reasons: string[] };

/**
 * The rows an import refused, in line order, with the header the file had for the columns read:
 * only for those who may see the import, read a batch at a time.
 */
export async function getRejectedRows(actor: Actor | null, id: string): Promise<{ fileName: string; headers: string[]; batches: AsyncGenerator<RejectedRow[]> }> {
  const { job } = await findJob(actor, id);
  const mapping = job.columns as ColumnMapping | null;
  async function* batches() {
    let after = 0;
    for (;;) {
      const rows = await db.importRejection.findMany({
        where: { jobId: job.id, line: { gt: after } },
        orderBy: { line: "asc" },
        take: 5_000,
        select: { line: true, cells: true, reasons: true },
      });
      if (!rows.length) return;
      yield rows;
      after = rows[rows.length - 1].line;
    }
  }
  return { fileName: job.file.fileName, headers: mapping?.read.map((column) => column.header) ?? [], batches: batches() };
}
