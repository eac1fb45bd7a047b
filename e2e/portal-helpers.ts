/** The workers' portal as the end-to-end tests reach it: an officer issues a code, a worker signs in on a phone. */
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { answerConfirmation, randomBirthDate, randomLatinWord, registerWorker, uniquePassport } from "./helpers";

export const OFFICER = "officer.kr@registry.test";
/** Khmer, the portal's language until the worker chooses English. */
export const km = {
  signInTitle: "ចូលដើម្បីមើលវគ្គបណ្តុះបណ្តាលរបស់អ្នក",
  registrationNo: "លេខចុះឈ្មោះ",
  dateOfBirth: "ថ្ងៃខែឆ្នាំកំណើត",
  accessCode: "លេខកូដចូលប្រើ",
  submit: "ចូល",
  failed: "ព័ត៌មានទាំងនេះមិនត្រូវគ្នាទេ។ សូមពិនិត្យលេខចុះឈ្មោះ ថ្ងៃខែឆ្នាំកំណើត និងលេខកូដចូលប្រើ ហើយព្យាយាមម្តងទៀត។",
  waitlisted: "ក្នុងបញ្ជីរង់ចាំ",
  enrolled: "អ្នកមានកន្លែងក្នុងវគ្គ",
  promoted: "ដំណឹងល្អ",
  markSeen: "យល់ហើយ លាក់ដំណឹងទាំងនេះ",
  title: "វគ្គបណ្តុះបណ្តាលរបស់អ្នក",
};

export type Worker = { id: string; url: string; registrationNo: string; birth: string; name: string };

export async function registerSeoulWorker(page: Page): Promise<Worker> {
  const birth = randomBirthDate();
  const name = `Chan ${randomLatinWord()}`;
  const { url, registrationNo } = await registerWorker(page, { name, passport: uniquePassport(), destination: "KR", birth });
  return { id: url.split("/").pop()!, url, registrationNo, birth, name: name.toUpperCase() };
}

/** Issues a code on the worker's page, as the officer, and reads it off the slip. */
export async function issueCode(page: Page, worker: Worker, { reissue = false } = {}): Promise<string> {
  await page.goto(worker.url);
  await page.getByRole("button", { name: "Issue portal access code" }).click();
  if (reissue) await answerConfirmation(page);
  const slip = page.getByTestId("access-slip");
  await expect(slip).toBeVisible();
  return (await slip.getByTestId("access-code").textContent())!.trim();
}

/** A phone of its own, behind an address of its own, so that its failures count for it alone. */
export async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}, 10.0.0.${Math.floor(Math.random() * 250) + 1}`;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, extraHTTPHeaders: { "x-forwarded-for": address } });
  return { context, page: await context.newPage() };
}

/** Signs in on the portal's form, opened at `path` (a link may carry where to go next). */
export async function signInToPortal(page: Page, registrationNo: string, birth: string, code: string, path = "/portal") {
  await page.goto(path);
  await page.getByLabel(km.registrationNo).fill(registrationNo);
  await page.getByLabel(km.dateOfBirth).fill(birth);
  await page.getByLabel(km.accessCode).fill(code);
  await page.getByRole("button", { name: km.submit, exact: true }).click();
}
