import { getActor } from "@/lib/auth/actor";
import { getAccessSlip } from "@/lib/data/portal-access";
import { accessSlipDocument, SLIP_LABELS } from "@/lib/documents/access-slip-document";
import { bilingual } from "@/lib/i18n/bilingual";
import { pdfResponse } from "@/lib/pdf/pdf-response";
import { publicOrigin } from "@/lib/request-info";
import { formValues } from "@/lib/schemas/common";

/**
 * The access slip as PDF. POST, with the code in the body: the one-time panel sends back the code
 * it was just given, which is checked against the stored hash and never kept (see getAccessSlip).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor, formData] = await Promise.all([params, getActor(), request.formData().catch(() => new FormData())]);
  return pdfResponse(async () => {
    const { dateOfBirth, ...slip } = await getAccessSlip(actor, id, formValues(formData));
    const labels = bilingual("portal.slip", SLIP_LABELS);
    return {
      fileName: `access-slip-${slip.registrationNo}.pdf`,
      title: `${labels.title.en} ${slip.registrationNo}`,
      body: accessSlipDocument({ slip: { ...slip, dateOfBirth: dateOfBirth.toISOString().slice(0, 10) }, labels, portalAddress: `${publicOrigin()}/portal` }),
    };
  }, actor?.requestId ?? null);
}
