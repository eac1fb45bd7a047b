"use client";
import { useTranslations } from "next-intl";
import { PrintableDocument } from "@/components/ui/printable-document";
import { PrintButton } from "@/components/ui/print-button";
import { accessSlipDocument, type Slip, type SlipLabels } from "@/lib/documents/access-slip-document";
import { SlipPdfForm } from "./slip-pdf-form";

/**
 * The slip for the worker, shown once right after the code is issued, from the same markup as its
 * PDF. The code travels in no URL and is kept nowhere in clear.
 */
export function AccessSlip({ slip, labels, portalAddress, pdfPath }: { slip: Slip; labels: SlipLabels; portalAddress: string; pdfPath: string }) {
  const t = useTranslations("portal.access");
  return (
    <div className="space-y-3">
      <PrintableDocument document={accessSlipDocument({ slip, labels, portalAddress })} />
      <div className="flex flex-wrap items-start gap-2 print:hidden">
        <PrintButton label={t("print")} />
        <SlipPdfForm action={pdfPath} code={slip.code} label={t("downloadPdf")} />
      </div>
    </div>
  );
}
