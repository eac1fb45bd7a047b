import { getActor } from "@/lib/auth/actor";
import { getCertificate } from "@/lib/data/certificates";
import { certificatePrintable } from "@/lib/documents/certificate-printable";
import { pdfResponse } from "@/lib/pdf/pdf-response";

/** A completed enrolment's certificate as PDF, for the officers of the course's or the worker's post. */
export async function GET(_request: Request, { params }: { params: Promise<{ enrolmentId: string }> }) {
  const [{ enrolmentId }, actor] = await Promise.all([params, getActor()]);
  return pdfResponse(async () => certificatePrintable(await getCertificate(actor, enrolmentId)), actor?.requestId ?? null);
}
