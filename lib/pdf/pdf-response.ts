import "server-only";
import { getTranslations } from "next-intl/server";
import type { Html } from "@/lib/documents/html";
import { AppError, httpStatus } from "@/lib/errors";
import { log } from "@/lib/log";
import { PdfBusyError, renderPdf } from "./render-pdf";

export type PrintableDocument = { fileName: string; title: string; body: Html };

/**
 * A document as a PDF download, or why not as plain text in the reader's language (the slip's
 * download button shows it beside the slip): the data function's refusal with its status, 503
 * when too many documents are being rendered at once.
 */
export async function pdfResponse(document: () => Promise<PrintableDocument>, requestId: string | null): Promise<Response> {
  const headers = { "Cache-Control": "no-store" };
  try {
    const { fileName, title, body } = await document();
    const pdf = await renderPdf({ title, body });
    return new Response(new Blob([pdf as Uint8Array<ArrayBuffer>]), {
      headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"` },
    });
  } catch (error) {
    const t = await getTranslations();
    if (error instanceof AppError) {
      const reason = Object.values(error.fields ?? {})[0]?.[0] ?? error.message;
      return new Response(t(reason), { status: httpStatus[error.code], headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
    }
    if (error instanceof PdfBusyError) return new Response(t("documents.busy"), { status: 503, headers: { ...headers, "Retry-After": "30", "Content-Type": "text/plain; charset=utf-8" } });
    log("error", "pdf failed", { error, requestId });
    return new Response(t("errors.unexpected"), { status: 500, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
}
