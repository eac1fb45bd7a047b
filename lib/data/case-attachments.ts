import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { UUID } from "@/lib/schemas/common";
import { recordAudit } from "./audit";
import { cleanFileName } from "./import-files";
import { findCaseInScope } from "./case-scope";

/** A photo of a contract or a payslip from a phone fits easily; a scanned bundle should be split. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_CASE = 30;
/** At most this many files with one complaint from the portal or the public page. */
export const MAX_ATTACHMENTS_PER_COMPLAINT = 5;
/** What one submission may carry in all: the server actions' body limit (next.config.js) is set just above it. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type AttachmentUpload = { fileName: string; bytes: Uint8Array };

/** What the content is, by its first bytes (never by the name or the browser's word): PDF, JPEG, PNG or WebP. */
export function attachmentType(bytes: Uint8Array): string | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return "image/webp";
  return null;
}

/** Refuses an upload that is empty, too large or of another type, before anything is written. */
export function checkAttachments(uploads: AttachmentUpload[], max: number): { fileName: string; contentType: string; bytes: Uint8Array }[] {
  if (uploads.length > max) throw fieldError("attachments", "cases.errors.tooManyFiles", { max });
  if (uploads.reduce((sum, upload) => sum + upload.bytes.byteLength, 0) > MAX_UPLOAD_BYTES) {
    throw fieldError("attachments", "cases.errors.uploadTooLarge", { mb: MAX_UPLOAD_BYTES / 1024 / 1024 });
  }
  return uploads.map((upload) => {
    if (upload.bytes.byteLength === 0) throw fieldError("attachments", "cases.errors.emptyFile");
    if (upload.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw fieldError("attachments", "cases.errors.fileTooLarge", { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
    const contentType = attachmentType(upload.bytes);
    if (!contentType) throw fieldError("attachments", "cases.errors.fileType");
    return { fileName: cleanFileName(upload.fileName) || "attachment", contentType, bytes: upload.bytes };
  });
}

/** Writes checked attachments in the caller's transaction (with the case they belong to). */
export async function insertAttachments(
  tx: Tx,
  caseId: string,
  files: ReturnType<typeof checkAttachments>,
  from: { uploadedById: string | null; fromComplainant: boolean },
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const { id } = await tx.caseAttachment.create({
      data: {
        caseId,
        fileName: file.fileName,
        contentType: file.contentType,
        byteSize: file.bytes.byteLength,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        data: Buffer.from(file.bytes),
        ...from,
      },
      select: { id: true },
    });
    ids.push(id);
  }
  return ids;
}

/** An officer adds documents to a case (a contract, payslips, a medical report). */
export async function addCaseAttachments(actor: Actor | null, id: string, uploads: AttachmentUpload[]): Promise<{ ids: string[] }> {
  const files = checkAttachments(uploads, MAX_ATTACHMENTS_PER_COMPLAINT);
  if (files.length === 0) throw fieldError("attachments", "cases.errors.noFile");
  return db.$transaction(async (tx) => {
    const { actor: who } = await findCaseInScope(actor, "case.manage", id, { id: true }, tx);
    // Serialises concurrent uploads to one case, so the limit holds.
    await tx.$executeRaw`SELECT 1 FROM "Case" WHERE id = ${id}::uuid FOR UPDATE`;
    if ((await tx.caseAttachment.count({ where: { caseId: id } })) + files.length > MAX_ATTACHMENTS_PER_CASE) {
      throw fieldError("attachments", "cases.errors.tooManyFiles", { max: MAX_ATTACHMENTS_PER_CASE });
    }
    const ids = await insertAttachments(tx, id, files, { uploadedById: who.id, fromComplainant: false });
    await tx.caseEvent.create({ data: { caseId: id, kind: "ATTACHMENT", actorId: who.id, data: { files: files.map((file) => file.fileName) } } });
    await recordAudit(tx, who, { action: "case.attach", entityType: "Case", entityId: id, after: { attachmentIds: ids } });
    return { ids };
  });
}

/** One attachment's content, for those who may open the case; opening one of a sensitive case is audited. */
export async function getCaseAttachment(actor: Actor | null, caseId: string, attachmentId: string) {
  const { actor: who, record } = await findCaseInScope(actor, "case.read", caseId, { id: true, sensitive: true });
  const file = UUID.test(attachmentId)
    ? await db.caseAttachment.findFirst({ where: { id: attachmentId, caseId: record.id }, select: { fileName: true, contentType: true, data: true } })
    : null;
  if (!file) throw new AppError("NOT_FOUND");
  if (record.sensitive) {
    await db.$transaction((tx) => recordAudit(tx, who, { action: "case.openSensitiveAttachment", entityType: "Case", entityId: record.id, after: { attachmentId } }));
  }
  return file;
}
