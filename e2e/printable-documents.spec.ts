import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { courseInput, isoDay } from "../lib/test/course-input";
import { missingGlyphs, pdfText } from "../lib/test/pdf-text";
import { apiAs, newWorker, randomKhmerWord, recordAttendance, registerViaApi, signIn } from "./helpers";

const OFFICER = "officer.kr@registry.test";
// Subscripts and a vowel written before its consonant: only a shaped Khmer font gets them right.
const khmerName = () => `សុខ ស្រីពេជ្រ ${randomKhmerWord()}`;
const unspaced = (text: string) => text.replace(/\s+/g, "");
const seoulWorker = () => ({ ...newWorker({ destinationCountry: "KR", scheme: "EPS", sector: "MANUFACTURING" }), fullNameKm: khmerName() });

async function downloadedPdf(download: Download): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile((await download.path())!)) };
}

async function expectPdfToSay(bytes: Uint8Array, expected: string[]) {
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  const text = unspaced(await pdfText(bytes));
  for (const phrase of expected) expect(text).toContain(unspaced(phrase));
  expect(missingGlyphs(bytes)).toBe(0);
}

/** Printing shows the document alone: no header, no navigation, no buttons. */
async function expectPrintedAlone(page: Page, document: string) {
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId(document)).toBeVisible();
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("navigation")).toBeVisible();
}

test("the access slip prints alone and downloads once as a PDF with the worker's names in Latin and Khmer", async ({ page, browser }) => {
  await signIn(page, OFFICER);
  const api = await apiAs(browser, OFFICER);
  const input = seoulWorker();
  const id = await registerViaApi(api, input);
  await page.goto(`/workers/${id}`);
  const registrationNo = (await page.getByTestId("registration-no").textContent())!.trim();
  await page.getByRole("button", { name: "Issue portal access code" }).click();
  const code = (await page.getByTestId("access-code").textContent())!.trim();

  await expectPrintedAlone(page, "access-slip");
  await expect(page.getByRole("button", { name: "Issue portal access code" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download PDF" }).click()]);
  const pdf = await downloadedPdf(download);
  expect(pdf.name).toBe(`access-slip-${registrationNo}.pdf`);
  await expectPdfToSay(pdf.bytes, [input.fullName.toUpperCase(), input.fullNameKm, registrationNo, code, input.dateOfBirth]);
  // The slip is still there to print, and the code went in no address.
  await expect(page.getByTestId("access-code")).toHaveText(code);
  expect(page.url()).not.toContain(code);

  // A code that is not the worker's current one gets no slip; nor does another post's officer.
  const forged = await api.post(`/workers/${id}/slip.pdf`, { form: { code: "AAAAA-AAAAA" } });
  expect(forged.status()).toBe(422);
  expect(await forged.text()).toContain("no longer the worker's access code");
  const seoulOnly = await apiAs(browser, "officer.th@registry.test");
  expect((await seoulOnly.post(`/workers/${id}/slip.pdf`, { form: { code } })).status()).toBe(404);
});

test("a completed course's certificate prints alone and downloads as a PDF, for the post's officer and for the worker in the portal", async ({ page, browser }) => {
  await signIn(page, OFFICER);
  const api = await apiAs(browser, OFFICER);
  const input = seoulWorker();
  const workerId = await registerViaApi(api, input);
  // A course on its last day, attended every day: it may be completed.
  const course = courseInput({ titleKm: `វគ្គសុវត្ថិភាពនៅកន្លែងធ្វើការ ${randomKhmerWord()}`, startsOn: isoDay(-2), endsOn: isoDay(0), status: "RUNNING" });
  const { id: courseId } = await (await api.post("/api/v1/courses", { data: course })).json();
  const { id: enrolmentId } = await (await api.post(`/api/v1/courses/${courseId}/enrolments`, { data: { workerId } })).json();
  expect((await api.get(`/certificates/${enrolmentId}/certificate.pdf`)).status()).toBe(404);
  const { registrationNo } = await (await api.get(`/api/v1/workers/${workerId}`)).json();
  await recordAttendance(page, courseId, [isoDay(-2), isoDay(-1), isoDay(0)], [registrationNo]);
  const { certificateNo } = await (await api.patch(`/api/v1/courses/${courseId}/enrolments/${enrolmentId}`, { data: { outcome: "COMPLETED", version: 1 } })).json();

  // From the roster, to the certificate's page.
  await page.goto(`/courses/${courseId}`);
  await page.getByRole("link", { name: certificateNo }).click();
  await expect(page).toHaveURL(`/certificates/${enrolmentId}`);
  await expect(page.getByTestId("certificate")).toContainText(input.fullNameKm);
  await expect(page.getByTestId("certificate-number")).toHaveText(certificateNo);
  await expectPrintedAlone(page, "certificate");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("certificate-pdf").click()]);
  const pdf = await downloadedPdf(download);
  expect(pdf.name).toBe(`${certificateNo}.pdf`);
  await expectPdfToSay(pdf.bytes, [certificateNo, course.titleEn, course.titleKm, input.fullName.toUpperCase(), input.fullNameKm, registrationNo]);

  // Another post's officer and the ministry do not get it.
  for (const email of ["officer.th@registry.test", "ministry@registry.test"]) {
    const other = await apiAs(browser, email);
    expect((await other.get(`/certificates/${enrolmentId}/certificate.pdf`)).status()).toBe(email.startsWith("ministry") ? 403 : 404);
  }

  // Revoked, the certificate says so, when and why, on its page, on paper and in its PDF.
  const reason = "Issued in error: attendance of another worker";
  const revocation = await api.post(`/api/v1/courses/${courseId}/enrolments/${enrolmentId}/certificate/revoke`, { data: { reason, version: 2 } });
  expect(revocation.status(), await revocation.text()).toBe(200);
  await page.goto(`/certificates/${enrolmentId}`);
  await expect(page.getByTestId("revoked-notice")).toContainText(`This certificate was revoked on`);
  await expect(page.getByTestId("revoked-notice")).toContainText(reason);
  await expect(page.getByTestId("certificate-revoked")).toContainText(reason);
  await expectPrintedAlone(page, "certificate");
  const [revokedPdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("certificate-pdf").click()]);
  await expectPdfToSay((await downloadedPdf(revokedPdf)).bytes, ["Revoked", "បានដកហូត", reason, certificateNo]);

  // The worker, signed in to the portal with a code from the slip, gets their own certificate.
  await page.goto(`/workers/${workerId}`);
  await page.getByRole("button", { name: "Issue portal access code" }).click();
  const code = (await page.getByTestId("access-code").textContent())!.trim();
  const phone = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });
  const portal = await phone.newPage();
  await portal.goto("/portal");
  await portal.getByLabel("លេខចុះឈ្មោះ").fill(registrationNo);
  await portal.getByLabel("ថ្ងៃខែឆ្នាំកំណើត").fill(input.dateOfBirth);
  await portal.getByLabel("លេខកូដចូលប្រើ").fill(code);
  await portal.getByRole("button", { name: "ចូល", exact: true }).click();
  await expect(portal.getByTestId("certificate-revoked")).toContainText("វិញ្ញាបនបត្រនេះត្រូវបានដកហូតនៅ");
  await portal.getByRole("link", { name: certificateNo }).click();
  await expect(portal.getByTestId("certificate-number")).toHaveText(certificateNo);
  await expect(portal.getByTestId("revoked-notice")).toContainText("វិញ្ញាបនបត្រនេះត្រូវបានដកហូតនៅ");
  await expect(portal.getByTestId("revoked-notice")).toContainText(reason);
  const [own] = await Promise.all([portal.waitForEvent("download"), portal.getByTestId("certificate-pdf").click()]);
  await expectPdfToSay((await downloadedPdf(own)).bytes, [certificateNo, input.fullNameKm, "បានដកហូត", reason]);
  await phone.close();

  // Signed out, the portal's certificate is not there.
  const stranger = await browser.newContext();
  expect((await stranger.request.get(`/portal/certificates/${enrolmentId}/certificate.pdf`)).status()).toBe(401);
  await stranger.close();
});
