import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/data/authorize";
import { discardImportFile, storeImportFile } from "@/lib/data/import-files";
import { startImport, type ImportView } from "@/lib/data/imports";
import { fieldError } from "@/lib/errors";
import type { UploadPart } from "./multipart";

/**
 * An import upload as its multipart body arrives (POST /api/v1/imports and the upload form): the
 * `file` part is stored as it streams in, then its job is queued with the form's other fields.
 * Refused, it leaves no file behind. The data layer takes the file and the fields; the parts and
 * their names are HTTP's, and stay here.
 */
export async function uploadImport(actor: Actor | null, parts: AsyncIterable<UploadPart>): Promise<ImportView> {
  // Refused before a byte of the body is read.
  authorize(actor, "worker.import");
  const fields: Record<string, string> = {};
  let fileId: string | null = null;
  try {
    for await (const part of parts) {
      if (part.kind === "field") fields[part.name] = part.value;
      else if (part.name === "file" && !fileId) ({ fileId } = await storeImportFile(actor, { fileName: part.fileName, content: part.content }));
    }
    if (!fileId) throw fieldError("file", "imports.errors.noFile");
    return await startImport(actor, { ...fields, fileId });
  } catch (error) {
    if (fileId) await discardImportFile(actor, fileId);
    throw error;
  }
}
