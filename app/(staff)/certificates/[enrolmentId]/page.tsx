import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { getCertificate } from "@/lib/data/certificates";
import { certificatePrintable } from "@/lib/documents/certificate-printable";
import { CertificateView } from "@/components/courses/certificate-view";

export async function generateMetadata() {
  const t = await getTranslations("documents");
  return { title: t("viewCertificate") };
}

export default async function CertificatePage({ params }: { params: Promise<{ enrolmentId: string }> }) {
  const [{ enrolmentId }, actor, t] = await Promise.all([params, getActor(), getTranslations("documents")]);
  const certificate = await forPage(getCertificate(actor, enrolmentId));
  const { body } = certificatePrintable(certificate);
  return <CertificateView title={t("certificatePage", { certificateNo: certificate.certificateNo })} document={body} revoked={certificate.revoked} pdfHref={`/certificates/${enrolmentId}/certificate.pdf`} />;
}
