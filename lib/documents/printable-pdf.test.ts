import { describe, expect, it } from "vitest";
import { getAccessSlip, issueAccessCode } from "@/lib/data/portal-access";
import { getCertificate, getPortalCertificate } from "@/lib/data/certificates";
import { enrolWorker, setEnrolmentOutcome } from "@/lib/data/enrolments";
import { createWorker } from "@/lib/data/workers";
import { accessSlipDocument, SLIP_LABELS, slipOf } from "@/lib/documents/access-slip-document";
import { certificatePrintable } from "@/lib/documents/certificate-printable";
import { bilingual } from "@/lib/i18n/bilingual";
import { renderPdf } from "@/lib/pdf/render-pdf";
import { actorFor, refusal, workerInput } from "@/lib/test/actors";
import { attendEveryDay, endingToday, newCourse } from "@/lib/test/courses";
import { embeddedFonts, missingGlyphs, pdfText } from "@/lib/test/pdf-text";
import { portalActorOf } from "@/lib/test/portal-fixtures";
import { randomKhmerWord } from "@/lib/test/random-person";

// Clusters that only shape right with a Khmer font and HarfBuzz: subscripts (្រ, ្ថ) and vowels
// written before their consonant (េ). Extracted intact, they were shaped with the embedded font.
const khmerName = () => `សុខ ស្រីពេជ្រ ${randomKhmerWord()}`;
// Where a space falls between two runs of glyphs is pdf.js's guess, not the document's: compare without them.
const unspaced = (text: string) => text.replace(/\s+/g, "");

async function seoulWorker() {
  const officer = await actorFor("officer.kr@registry.test");
  const input = workerInput({ destinationCountry: "KR", scheme: "EPS", sector: "MANUFACTURING", fullNameKm: khmerName() });
  const { id } = await createWorker(officer, input);
  return { officer, id, input: input as Record<string, string> };
}

describe("the printable documents as PDF", () => {
  it("renders the access slip with the worker's names in Latin and Khmer, the registration number and the code, in the embedded Noto Sans Khmer", async () => {
    const { officer, id, input } = await seoulWorker();
    const issued = await issueAccessCode(officer, id);
    const reprinted = await getAccessSlip(officer, id, { code: issued.code.toLowerCase() });
    expect(reprinted).toEqual({ code: issued.code, registrationNo: issued.registrationNo, fullName: issued.fullName, fullNameKm: input.fullNameKm, dateOfBirth: issued.dateOfBirth, validUntil: issued.validUntil });
    // Reusable until it expires, 180 days from issue unless configured otherwise.
    expect(issued.validUntil.getTime() - issued.issuedAt.getTime()).toBe(180 * 24 * 60 * 60 * 1000);
    const slip = slipOf(reprinted);

    const labels = bilingual("portal.slip", SLIP_LABELS);
    const pdf = await renderPdf({ title: "slip", body: accessSlipDocument({ slip, labels, portalAddress: "http://localhost/portal" }) });
    const text = unspaced(await pdfText(pdf));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    for (const expected of [issued.fullName, input.fullNameKm, issued.registrationNo, issued.code, input.dateOfBirth, slip.validUntil, labels.validUntil.en, labels.validUntil.km, labels.title.km, labels.title.en]) {
      expect(text).toContain(unspaced(expected));
    }
    // No fallback font: every glyph, Khmer and Latin, comes from the self-hosted font.
    expect(embeddedFonts(pdf).length).toBeGreaterThan(0);
    expect(embeddedFonts(pdf).every((font) => font.startsWith("NotoSansKhmer"))).toBe(true);
    expect(missingGlyphs(pdf)).toBe(0);
  }, 60_000);

  it("gives a slip only for the worker's current code, and only to the officers of the worker's post", async () => {
    const { officer, id } = await seoulWorker();
    const first = await issueAccessCode(officer, id);
    await issueAccessCode(officer, id);
    expect((await refusal(getAccessSlip(officer, id, { code: first.code }))).fields).toEqual({ code: ["portal.access.notCurrent"] });
    const current = await issueAccessCode(officer, id);
    expect((await refusal(getAccessSlip(await actorFor("officer.th@registry.test"), id, { code: current.code }))).code).toBe("NOT_FOUND");
    expect((await refusal(getAccessSlip(await actorFor("ministry@registry.test"), id, { code: current.code }))).code).toBe("FORBIDDEN");
    expect((await refusal(getAccessSlip(officer, id, { code: current.code, fullName: "forged" }))).code).toBe("VALIDATION");
  });

  it("renders a completed course's certificate with its number, the course title and the worker's names; for the post's officers and the worker alone", async () => {
    const { officer, id, input } = await seoulWorker();
    // A certificate is issued only once the course has ended and the worker attended it (issue 16).
    const courseId = await newCourse(officer, { titleKm: "វគ្គសុវត្ថិភាពនៅកន្លែងធ្វើការ", ...endingToday });
    const enrolment = await enrolWorker(officer, courseId, { workerId: id });
    expect((await refusal(getCertificate(officer, enrolment.id))).code).toBe("NOT_FOUND");
    await attendEveryDay(officer, courseId, [enrolment.id]);
    const { certificateNo } = await setEnrolmentOutcome(officer, enrolment.id, { outcome: "COMPLETED", version: 1 });

    const certificate = await getCertificate(officer, enrolment.id);
    expect(certificate).toMatchObject({ certificateNo, worker: { fullName: input.fullName.toUpperCase(), fullNameKm: input.fullNameKm } });
    const printable = certificatePrintable(certificate);
    expect(printable.fileName).toBe(`${certificateNo}.pdf`);
    const pdf = await renderPdf(printable);
    const text = unspaced(await pdfText(pdf));
    for (const expected of [certificateNo!, certificate.worker.fullName, input.fullNameKm, certificate.worker.registrationNo, certificate.course.titleEn, "វគ្គសុវត្ថិភាពនៅកន្លែងធ្វើការ", "ព្រះរាជាណាចក្រកម្ពុជា", "Kingdom of Cambodia"]) {
      expect(text).toContain(unspaced(expected));
    }
    expect(embeddedFonts(pdf).every((font) => font.startsWith("NotoSansKhmer"))).toBe(true);
    expect(missingGlyphs(pdf)).toBe(0);

    expect((await refusal(getCertificate(await actorFor("officer.th@registry.test"), enrolment.id))).code).toBe("NOT_FOUND");
    expect((await refusal(getCertificate(await actorFor("ministry@registry.test"), enrolment.id))).code).toBe("FORBIDDEN");
    expect((await refusal(getPortalCertificate(null, enrolment.id))).code).toBe("UNAUTHENTICATED");
    const code = (await issueAccessCode(officer, id)).code;
    const worker = await portalActorOf({ registrationNo: certificate.worker.registrationNo, dateOfBirth: input.dateOfBirth, code });
    expect((await getPortalCertificate(worker, enrolment.id)).certificateNo).toBe(certificateNo);
    const other = await seoulWorker();
    const otherCode = (await issueAccessCode(other.officer, other.id)).code;
    const someoneElse = await portalActorOf({ registrationNo: (await getAccessSlip(other.officer, other.id, { code: otherCode })).registrationNo, dateOfBirth: other.input.dateOfBirth, code: otherCode });
    expect((await refusal(getPortalCertificate(someoneElse, enrolment.id))).code).toBe("NOT_FOUND");
  }, 60_000);
});
