import { getPortalActor } from "@/lib/auth/portal-actor";
import { getPortalCertificate } from "@/lib/data/certificates";
import { certificatePrintable } from "@/lib/documents/certificate-printable";
import { pdfResponse } from "@/lib/pdf/pdf-response";

/** The signed-in worker's own certificate as PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ enrolmentId: string }> }) {
  const [{ enrolmentId }, worker] = await Promise.all([params, getPortalActor()]);
  return pdfResponse(async () => certificatePrintable(await getPortalCertificate(worker, enrolmentId)), worker?.requestId ?? null);
}
