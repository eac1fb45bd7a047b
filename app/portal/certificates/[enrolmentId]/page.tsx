import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { forPage } from "@/lib/auth/page-guard";
import { getPortalActor } from "@/lib/auth/portal-actor";
import { getPortalCertificate } from "@/lib/data/certificates";
import { certificatePrintable } from "@/lib/documents/certificate-printable";
import { CertificateView } from "@/components/courses/certificate-view";

export async function generateMetadata() {
  const t = await getTranslations("documents");
  return { title: t("viewCertificate") };
}

/** The worker's own certificate; signed out, the portal's sign-in. */
export default async function PortalCertificatePage({ params }: { params: Promise<{ enrolmentId: string }> }) {
  const [{ enrolmentId }, worker, t] = await Promise.all([params, getPortalActor(), getTranslations("documents")]);
  if (!worker) redirect(`/portal?callbackUrl=${encodeURIComponent(`/portal/certificates/${enrolmentId}`)}`);
  const certificate = await forPage(getPortalCertificate(worker, enrolmentId));
  const { body } = certificatePrintable(certificate);
  return <CertificateView title={t("certificatePage", { certificateNo: certificate.certificateNo })} document={body} revoked={certificate.revoked} pdfHref={`/portal/certificates/${enrolmentId}/certificate.pdf`} />;
}
