import { getActor } from "@/lib/auth/actor";
import { getCaseAttachment } from "@/lib/data/case-attachments";
import { AppError, httpStatus } from "@/lib/errors";

/** An attachment of a case, for those who may open the case; always a download, never rendered here. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  try {
    const file = await getCaseAttachment(await getActor(), id, attachmentId);
    return new Response(new Uint8Array(file.data), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(null, { status: httpStatus[error.code] });
    throw error;
  }
}
