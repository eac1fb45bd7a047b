import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { storeImportFile } from "@/lib/data/import-files";
import { runImportJob, type RunOptions } from "@/lib/data/import-job";
import { getImport, startImport } from "@/lib/data/imports";

/** Uploads a file and queues its job, as the page and the API do. */
export async function upload(actor: Actor, content: Buffer, options: { fileName?: string; dryRun?: boolean; postId?: string } = {}) {
  const { fileId } = await storeImportFile(actor, { fileName: options.fileName ?? "register.csv", content: [content] });
  return startImport(actor, { fileId, dryRun: options.dryRun ?? false, ...(options.postId ? { postId: options.postId } : {}) });
}

/** Uploads, runs the job here (no worker loop in tests) and returns how it ended. */
export async function importFile(actor: Actor, content: Buffer, options: Parameters<typeof upload>[2] & RunOptions = {}) {
  const job = await upload(actor, content, options);
  await runImportJob(job.id, options);
  return getImport(actor, job.id);
}

/** The reasons of each rejected line of a job. */
export async function rejections(jobId: string): Promise<Record<number, string[]>> {
  const rows = await db.importRejection.findMany({ where: { jobId }, orderBy: { line: "asc" }, select: { line: true, reasons: true } });
  return Object.fromEntries(rows.map((row) => [row.line, row.reasons]));
}
