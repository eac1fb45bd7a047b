import { getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { Button } from "@/components/ui/button";
import { PrintableDocument } from "@/components/ui/printable-document";
import { PrintButton } from "@/components/ui/print-button";
import { Notice } from "@/components/ui/notice";
import type { Html } from "@/lib/documents/html";

/** A certificate on its own page, to print from the browser or download as PDF; a revoked one says so first. */
export async function CertificateView({
  title,
  document,
  pdfHref,
  revoked,
}: {
  title: string;
  document: Html;
  pdfHref: string;
  revoked: { on: Date; reason: string } | null;
}) {
  const [t, format] = await Promise.all([getTranslations("documents"), getAppFormat()]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <div className="flex gap-2">
          <PrintButton label={t("print")} />
          <Button asChild variant="secondary">
            <a href={pdfHref} download data-testid="certificate-pdf">
              {t("downloadPdf")}
            </a>
          </Button>
        </div>
      </div>
      {revoked && (
        <Notice role="alert" tone="error" className="print:hidden" data-testid="revoked-notice">
          {t("revokedNotice", { day: format.day(revoked.on, "long"), reason: revoked.reason })}
        </Notice>
      )}
      <PrintableDocument document={document} />
    </div>
  );
}
