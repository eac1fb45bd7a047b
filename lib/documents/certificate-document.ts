import { appFormat } from "@/lib/i18n/format";
import type { BilingualLabels } from "./bilingual";
import { html, type Html } from "./html";

export const CERTIFICATE_LABELS = ["kingdom", "motto", "ministry", "title", "certifies", "registrationNo", "completed", "provider", "place", "dates", "completedOn", "certificateNo", "issuedBy", "revoked", "revokedOn", "revokedReason"] as const;
export type CertificateLabels = BilingualLabels<(typeof CERTIFICATE_LABELS)[number]>;

export type Certificate = {
  enrolmentId: string;
  certificateNo: string;
  completedOn: Date;
  /** Set once the post revoked it: the document then says so above everything else. */
  revoked: { on: Date; reason: string } | null;
  worker: { registrationNo: string; fullName: string; fullNameKm: string | null };
  course: { titleEn: string; titleKm: string; provider: string; place: string; startsOn: Date; endsOn: Date };
  postName: string;
};

// Khmer lines are written with Khmer digits, as Cambodian official papers are; English lines with Latin ones.
const khmer = appFormat("km", "khmr");
const english = appFormat("en", "latn");

function both(km: string, en: string): Html {
  return html`<span lang="km">${km}</span> <span lang="en">${en}</span>`;
}

/** The certificate of a completed course, bilingual, for the browser's print-out and the PDF. */
export function certificateDocument({ certificate, labels }: { certificate: Certificate; labels: CertificateLabels }): Html {
  const { worker, course } = certificate;
  const line = (label: keyof CertificateLabels, value: Html | string) => html`<dt>${labels[label].km} · ${labels[label].en}</dt><dd>${value}</dd>`;
  const revoked = certificate.revoked
    ? html`<div class="doc-revoked" role="note" data-testid="certificate-revoked">
    <p class="doc-revoked-title">${both(labels.revoked.km, labels.revoked.en)}</p>
    <p>${labels.revokedOn.km} · ${labels.revokedOn.en}: <span lang="km">${khmer.day(certificate.revoked.on, "long")}</span> / <span lang="en">${english.day(certificate.revoked.on, "long")}</span></p>
    <p>${labels.revokedReason.km} · ${labels.revokedReason.en}: ${certificate.revoked.reason}</p>
  </div>`
    : "";
  return html`<section class="doc doc-certificate${certificate.revoked ? " doc-is-revoked" : ""}" data-testid="certificate">
  ${revoked}
  <div class="doc-kingdom"><p lang="km">${labels.kingdom.km}</p><p lang="km">${labels.motto.km}</p><p lang="en">${labels.kingdom.en} · ${labels.motto.en}</p></div>
  <p class="doc-issuer"><span lang="km">${labels.ministry.km}</span><br><span lang="en">${labels.ministry.en}</span></p>
  <h1>${both(labels.title.km, labels.title.en)}</h1>
  <p><span lang="km">${labels.certifies.km}</span> / <span lang="en">${labels.certifies.en}</span></p>
  <p class="doc-name" data-testid="certificate-name">${worker.fullNameKm ? html`<span lang="km">${worker.fullNameKm}</span>` : ""}<span lang="en">${worker.fullName}</span></p>
  <p>${labels.registrationNo.km} · ${labels.registrationNo.en}: <span class="doc-mono">${worker.registrationNo}</span></p>
  <p><span lang="km">${labels.completed.km}</span> / <span lang="en">${labels.completed.en}</span></p>
  <p class="doc-course">${both(course.titleKm, course.titleEn)}</p>
  <dl>
    ${line("provider", course.provider)}
    ${line("place", course.place)}
    ${line("dates", html`<span lang="km">${khmer.days(course.startsOn, course.endsOn, "long")}</span><br><span lang="en">${english.days(course.startsOn, course.endsOn, "long")}</span>`)}
    ${line("completedOn", html`<span lang="km">${khmer.day(certificate.completedOn, "long")}</span><br><span lang="en">${english.day(certificate.completedOn, "long")}</span>`)}
    ${line("issuedBy", certificate.postName)}
    ${line("certificateNo", html`<span class="doc-mono" data-testid="certificate-number">${certificate.certificateNo}</span>`)}
  </dl>
</section>`;
}
