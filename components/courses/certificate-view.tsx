import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PrintableDocument } from "@/components/ui/printable-document";
import { PrintButton } from "@/components/ui/print-button";
import type { Html } from "@/lib/documents/html";

/** A certificate on its own page, to print from the browser or download as PDF. */
export async function CertificateView({ title, document, pdfHref }: { title: string; document: Html; pdfHref: string }) {
  const t = await getTranslations("documents");
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
      <PrintableDocument document={document} />
    </div>
  );
}
