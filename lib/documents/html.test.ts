import { describe, expect, it } from "vitest";
import { accessSlipDocument, SLIP_LABELS, type SlipLabels } from "./access-slip-document";
import { certificateDocument, CERTIFICATE_LABELS, type CertificateLabels } from "./certificate-document";
import { escapeHtml, html } from "./html";

const labelsOf = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, { km: `km:${key}`, en: `en:${key}` }])) as Record<K, { km: string; en: string }>;
const hostile = `<img src=x onerror="alert(1)">&'`;

describe("the documents' markup", () => {
  it("escapes every value and keeps markup built by html as it is", () => {
    expect(escapeHtml(hostile)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    expect(html`<p>${hostile}</p>${[html`<b>${"a&b"}</b>`]}${null}${false}${3}`.markup).toBe(`<p>${escapeHtml(hostile)}</p><b>a&amp;b</b>3`);
  });

  it("never lets a worker's name or a course title become markup", () => {
    const slip = accessSlipDocument({
      slip: { code: "ABCDE-FGHJK", registrationNo: "KR26-0000042", fullName: hostile, fullNameKm: hostile, dateOfBirth: "1990-05-01", validUntil: "2027-06-01" },
      labels: labelsOf(SLIP_LABELS) as SlipLabels,
      portalAddress: "http://localhost/portal",
    }).markup;
    const certificate = certificateDocument({
      certificate: {
        enrolmentId: "e",
        certificateNo: "CERT-2026-000042",
        completedOn: new Date("2026-12-11T00:00:00Z"),
        revoked: { on: new Date("2026-12-20T00:00:00Z"), reason: hostile },
        worker: { registrationNo: "KR26-0000042", fullName: hostile, fullNameKm: null },
        course: { titleEn: hostile, titleKm: hostile, provider: hostile, place: hostile, startsOn: new Date("2026-12-07T00:00:00Z"), endsOn: new Date("2026-12-11T00:00:00Z") },
        postName: hostile,
      },
      labels: labelsOf(CERTIFICATE_LABELS) as CertificateLabels,
    }).markup;
    for (const markup of [slip, certificate]) {
      expect(markup).not.toContain("<img");
      expect(markup).toContain(escapeHtml(hostile));
    }
    expect(slip).toContain('data-testid="access-code">ABCDE-FGHJK<');
    // The Khmer lines read in Khmer digits, the English ones in Latin digits.
    expect(certificate).toContain("៧ – ១១ ធ្នូ ២០២៦");
    expect(certificate).toContain("December 7\u2009–\u200911, 2026");
    // A revoked certificate says so, when and why, before anything else.
    expect(certificate.indexOf('data-testid="certificate-revoked"')).toBeLessThan(certificate.indexOf("en:certifies"));
    expect(certificate).toContain("en:revoked");
    expect(certificate).toContain("December 20, 2026");
  });
});
