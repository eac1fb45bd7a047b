import { DOCUMENT_CSS } from "@/lib/documents/document-style";
import type { Html } from "@/lib/documents/html";

/**
 * A printable document (the access slip, a certificate) in the page, from the same markup as its
 * PDF. The markup comes from lib/documents' `html`, which escapes every value. While one is on
 * the page, printing gives the document alone (globals.css).
 */
export function PrintableDocument({ document }: { document: Html }) {
  return (
    <>
      <style>{DOCUMENT_CSS}</style>
      <div data-print-document dangerouslySetInnerHTML={{ __html: document.markup }} />
    </>
  );
}
