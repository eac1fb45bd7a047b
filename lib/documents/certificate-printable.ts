import "server-only";
import { bilingual } from "@/lib/i18n/bilingual";
import type { PrintableDocument } from "@/lib/pdf/pdf-response";
import { CERTIFICATE_LABELS, certificateDocument, type Certificate } from "./certificate-document";

/** A certificate with its bilingual labels, for its page and its PDF alike. */
export function certificatePrintable(certificate: Certificate): PrintableDocument {
  const labels = bilingual("documents.certificate", CERTIFICATE_LABELS);
  return {
    fileName: `${certificate.certificateNo}.pdf`,
    title: `${labels.title.en} ${certificate.certificateNo}`,
    body: certificateDocument({ certificate, labels }),
  };
}
