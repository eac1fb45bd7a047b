import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fieldError } from "@/lib/errors";
import { ImportFileProblem } from "@/lib/imports/file-problem";
import { detectFormat, type ImportFormat } from "@/lib/imports/file-rows";
import { PIECE_BYTES, type FileSource } from "@/lib/imports/file-source";
import { pgPool } from "@/lib/pg-pool";
import { authorize } from "./authorize";

/** Files are kept in pieces of the size a job reads them back. */
const CHUNK_BYTES = PIECE_BYTES;
/** Enough of the file to tell its format. */
const HEAD_BYTES = 8;

export type Upload = { fileName: string; content: AsyncIterable<Uint8Array> | Iterable<Uint8Array> };

/** The name as the user knows it: no folders, no control characters, not endless. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
}

/**
 * Keeps an uploaded file for its import job, read as it arrives (never whole in memory), hashed,
 * refused past the size limit or when it is neither CSV nor XLSX. One transaction: an upload that
 * breaks off leaves nothing behind.
 */
export async function storeImportFile(actor: Actor | null, upload: Upload): Promise<{ fileId: string; format: ImportFormat }> {
  const { actor: who } = authorize(actor, "worker.import");
  const fileName = cleanFileName(upload.fileName);
  if (!fileName) throw fieldError("file", "imports.errors.noFile");
  const maxBytes = env.IMPORT_MAX_MB * 1024 * 1024;

  const fileId = randomUUID();
  const hash = createHash("sha256");
  const client = await pgPool.connect();
  let format: ImportFormat | null = null;
  let size = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const begin = async (head: Buffer) => {
    format = detectFormat(fileName, head);
    if (!format) throw fieldError("file", "imports.errors.fileType");
    await client.query(`INSERT INTO "ImportFile" (id, "fileName", format, "byteSize", sha256, "uploadedById") VALUES ($1, $2, $3, 0, '', $4)`, [
      fileId,
      fileName,
      format,
      who.id,
    ]);
  };
  const flush = async (all: boolean) => {
    let buffer = Buffer.concat(pending);
    while (buffer.length >= CHUNK_BYTES || (all && buffer.length > 0)) {
      const chunk = buffer.subarray(0, CHUNK_BYTES);
      await client.query(`INSERT INTO "ImportFileChunk" ("fileId", seq, data) VALUES ($1, $2, $3)`, [fileId, seq++, chunk]);
      buffer = buffer.subarray(chunk.length);
    }
    pending = buffer.length ? [buffer] : [];
    pendingBytes = buffer.length;
  };

  try {
    await client.query("BEGIN");
    for await (const piece of upload.content) {
      size += piece.byteLength;
      if (size > maxBytes) throw fieldError("file", "imports.errors.tooLarge");
      const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      hash.update(bytes);
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (!format && pendingBytes >= HEAD_BYTES) await begin(Buffer.concat(pending));
      if (format && pendingBytes >= CHUNK_BYTES) await flush(false);
    }
    if (size === 0) throw fieldError("file", "imports.errors.empty");
    if (!format) await begin(Buffer.concat(pending));
    await flush(true);
    await client.query(`UPDATE "ImportFile" SET "byteSize" = $2, sha256 = $3 WHERE id = $1`, [fileId, size, hash.digest("hex")]);
    await client.query("COMMIT");
    return { fileId, format: format! };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Removes an upload that no job was started on (the request for it was refused). */
export async function discardImportFile(actor: Actor | null, fileId: string): Promise<void> {
  const { actor: who } = authorize(actor, "worker.import");
  await db.importFile.deleteMany({ where: { id: fileId, uploadedById: who.id, jobs: { none: {} } } });
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an upload's content is kept once its last job ended: time to follow a dry run with the import. */
const KEEP_AFTER_JOBS_DAYS = 7;

/**
 * Uploads are personal data: their content goes a week after the last job on them ended (an
 * import deletes it at once, see import-job.ts), and an upload no job was started on goes after a day.
 * The files' names and hashes stay with their jobs.
 */
export async function purgeImportFiles(now = new Date()): Promise<void> {
  const jobsEndedBefore = new Date(now.getTime() - KEEP_AFTER_JOBS_DAYS * DAY_MS);
  await db.importFile.deleteMany({ where: { jobs: { none: {} }, createdAt: { lt: new Date(now.getTime() - DAY_MS) } } });
  await db.importFileChunk.deleteMany({
    where: { file: { jobs: { some: {}, none: { OR: [{ status: { in: ["QUEUED", "RUNNING"] } }, { finishedAt: { gte: jobsEndedBefore } }] } } } },
  });
}

/** The stored file, for the job that reads it: a chunk at a time, from anywhere in it. */
export async function storedImportFile(fileId: string): Promise<FileSource> {
  const { byteSize } = await db.importFile.findUniqueOrThrow({ where: { id: fileId }, select: { byteSize: true } });
  // Reads go forward through the file, a header or a piece at a time: the chunk in hand serves the next one too.
  let held: { seq: number; data: Uint8Array } | null = null;
  const chunk = async (seq: number) => {
    if (held?.seq !== seq) {
      const row = await db.importFileChunk.findUnique({ where: { fileId_seq: { fileId, seq } }, select: { data: true } });
      // A file whose content was purged under a job: the job fails on it rather than read a shorter file.
      if (!row) throw new ImportFileProblem("fileGone");
      held = { seq, data: row.data };
    }
    return held.data;
  };
  const size = Number(byteSize);
  return {
    size,
    async read(offset, length) {
      const end = Math.min(size, offset + length);
      const pieces: Uint8Array[] = [];
      for (let at = offset; at < end; ) {
        const data = await chunk(Math.floor(at / CHUNK_BYTES));
        const from = at % CHUNK_BYTES;
        const piece = data.subarray(from, Math.min(data.length, from + end - at));
        if (!piece.length) throw new ImportFileProblem("fileGone");
        pieces.push(piece);
        at += piece.length;
      }
      return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
    },
  };
}
