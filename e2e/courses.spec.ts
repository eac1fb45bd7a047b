import { expect, test, type Page } from "@playwright/test";
import { randomKhmerWord, randomLatinWord, recordAttendance, registerWorker, signIn, uniquePassport, toasts, answerConfirmation } from "./helpers";

/** A day counted from today (UTC, as the server counts course days), as YYYY-MM-DD. */
function dayFromToday(days: number): string {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days)).toISOString().slice(0, 10);
}

type NewCourse = { titleEn: string; startsOn: string; endsOn: string; capacity: string };

async function fillCourse(page: Page, course: NewCourse) {
  await page.getByLabel("Title in English").fill(course.titleEn);
  await page.getByLabel("Title in Khmer").fill(`វគ្គ ${randomKhmerWord(5)}`);
  await page.getByLabel("Provider").fill("HRD Korea, Seoul region");
  await page.getByRole("textbox", { name: "Place", exact: true }).fill("Ansan Migrant Centre, room 2");
  await page.getByLabel("First day").fill(course.startsOn);
  await page.getByLabel("Last day").fill(course.endsOn);
  await page.getByRole("spinbutton", { name: "Places", exact: true }).fill(course.capacity);
  await page.getByLabel("Status").selectOption("OPEN");
}

/** Ticks the given workers among those a search found and enrols them together. */
async function enrol(page: Page, search: string, registrationNos: string[]) {
  await page.getByLabel("Find workers of your post").fill(search);
  await page.getByRole("button", { name: "Find", exact: true }).click();
  const found = page.getByTestId("enrol-form");
  for (const registrationNo of registrationNos) await found.getByRole("checkbox", { name: new RegExp(registrationNo) }).check();
  await page.getByRole("button", { name: "Enrol selected workers" }).click();
  return page.getByTestId("enrol-results");
}

test("an officer runs a course from creation to certificate, and other posts and the ministry stay out", async ({ browser }) => {
  // A whole course's life in one test (three roles, three days of attendance, a revocation): it takes longer than most.
  test.slow();
  const seoul = await browser.newPage();
  await signIn(seoul, "officer.kr@registry.test");
  // One made-up surname for the three: a single search finds them all.
  const family = randomLatinWord(9);
  const workers = [];
  for (const given of ["DARA", "SOPHEA", "VANNA"]) {
    const name = `${family} ${given}`;
    workers.push({ name, ...(await registerWorker(seoul, { name, passport: uniquePassport(), destination: "KR" })) });
  }
  const [first, second, third] = workers;

  await seoul.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Courses" }).click();
  await seoul.getByRole("link", { name: "New course" }).first().click();
  const titleEn = `Forklift safety ${randomLatinWord(6)}`;
  // Three days, ending today: certificates may be issued today to whoever came on all three (80 % of 3 days).
  await fillCourse(seoul, { titleEn, startsOn: dayFromToday(-2), endsOn: dayFromToday(0), capacity: "2" });
  await expect(seoul.getByLabel("Attendance needed to complete (%)")).toHaveValue("80");
  await seoul.getByRole("button", { name: "Create course" }).click();
  await expect(seoul).toHaveURL(/\/courses\/[0-9a-f-]{36}\?done=created$/);
  await expect(seoul.getByRole("heading", { name: titleEn })).toBeVisible();
  const courseUrl = seoul.url().replace("?done=created", "");

  // Two at once: both get a place.
  let results = await enrol(seoul, family, [first.registrationNo, second.registrationNo]);
  await expect(results).toContainText(`${first.name} (${first.registrationNo}): enrolled.`);
  await expect(results).toContainText(`${second.name} (${second.registrationNo}): enrolled.`);
  await expect(seoul.getByTestId("count-enrolled")).toHaveText("2 / 2");

  // The course is full: the third waits first in line.
  results = await enrol(seoul, family, [third.registrationNo]);
  await expect(results).toContainText(`${third.name} (${third.registrationNo}): the course is full: wait-listed, no. 1 in line.`);
  await expect(seoul.getByTestId("count-waitlisted")).toHaveText("1");
  const roster = seoul.getByTestId("roster");
  const row = (registrationNo: string) => roster.getByRole("row", { name: new RegExp(registrationNo) });
  await expect(row(third.registrationNo)).toContainText("Wait-listed");
  await expect(row(third.registrationNo)).toContainText("No. 1 in line");

  // Enrolling someone twice is refused, with the reason.
  results = await enrol(seoul, family, [first.registrationNo]);
  await expect(results).toContainText(`${first.name} (${first.registrationNo}): not enrolled. This worker is already enrolled in this course.`);

  // A withdrawal gives the place to the first in line, after a confirmation.
  await row(first.registrationNo).getByRole("button", { name: "Withdraw" }).click();
  await answerConfirmation(seoul);
  await expect(seoul.getByTestId("course-notice")).toHaveText(
    `${first.name} was withdrawn from the course. ${third.name} moved up from the wait-list and is now enrolled.`,
  );
  await expect(row(first.registrationNo)).toContainText("Withdrawn");
  await expect(row(third.registrationNo)).toContainText("Enrolled");
  await expect(row(third.registrationNo)).not.toContainText("in line");
  await expect(seoul.getByTestId("count-enrolled")).toHaveText("2 / 2");
  await expect(seoul.getByTestId("count-waitlisted")).toHaveText("0");

  // Nothing recorded yet: no certificate can be issued, and the roster says what is missing.
  await expect(row(second.registrationNo)).toContainText("Present 0 of 3 days");
  await expect(row(second.registrationNo)).toContainText("3 days not recorded yet");
  await expect(row(second.registrationNo).getByTestId("completion-note")).toHaveText("Needs 3 days present to complete");
  await expect(row(second.registrationNo).getByRole("button", { name: "Mark completed" })).toHaveCount(0);

  // Today's attendance: the second came, the third did not.
  const attendance = seoul.getByTestId("attendance-form");
  await attendance.getByRole("checkbox", { name: new RegExp(second.registrationNo) }).check();
  await attendance.getByRole("button", { name: "Save attendance" }).click();
  await expect(attendance.getByRole("status")).toContainText("1 present, 1 absent");
  await expect(row(second.registrationNo)).toContainText("Present 1 of 3 days");
  await expect(row(second.registrationNo)).toContainText("2 days not recorded yet");
  await expect(row(third.registrationNo)).toContainText("Present 0 of 3 days");
  await seoul.reload();
  await expect(seoul.getByTestId("attendance-form").getByRole("checkbox", { name: new RegExp(second.registrationNo) })).toBeChecked();
  await expect(seoul.getByTestId("attendance-form").getByRole("checkbox", { name: new RegExp(third.registrationNo) })).not.toBeChecked();

  // The two earlier days, the second present on both: now the rule is met for them alone.
  const courseId = courseUrl.split("/").pop()!;
  await recordAttendance(seoul, courseId, [dayFromToday(-2), dayFromToday(-1)], [second.registrationNo]);
  await expect(row(second.registrationNo)).toContainText("Present 3 of 3 days");
  await expect(row(second.registrationNo)).not.toContainText("not recorded");
  await expect(row(third.registrationNo).getByRole("button", { name: "Mark completed" })).toHaveCount(0);

  // Completion asks first, with the attendance, then issues a certificate number, shown here and on the worker's record.
  await row(second.registrationNo).getByRole("button", { name: "Mark completed" }).click();
  await expect(seoul.getByRole("alertdialog")).toContainText(`Mark ${second.name} as having completed the course? A certificate is issued at once. Present 3 of 3 days.`);
  await answerConfirmation(seoul);
  await expect(seoul.getByTestId("course-notice")).toContainText(`${second.name} completed the course. Certificate number: CERT-`);
  const certificateNo = (await row(second.registrationNo).getByTestId("certificate-no").textContent())!.trim();
  expect(certificateNo).toMatch(/^CERT-\d{4}-\d{6}$/);
  await expect(row(second.registrationNo)).toContainText("Completed");

  // Revoking asks for a reason and a confirmation; the roster and the certificate then say it is revoked.
  await row(second.registrationNo).getByText("Revoke certificate", { exact: true }).click();
  await row(second.registrationNo).getByRole("button", { name: "Revoke with this reason" }).click();
  await answerConfirmation(seoul);
  await expect(row(second.registrationNo).getByRole("textbox", { name: "Reason" })).toHaveAttribute("aria-invalid", "true");
  await row(second.registrationNo).getByRole("textbox", { name: "Reason" }).fill("Issued in error");
  await row(second.registrationNo).getByRole("button", { name: "Revoke with this reason" }).click();
  await answerConfirmation(seoul);
  await expect(seoul.getByTestId("course-notice")).toHaveText(`Certificate ${certificateNo} of ${second.name} is revoked.`);
  await expect(row(second.registrationNo).getByTestId("certificate-revoked")).toContainText("Revoked on");
  await row(second.registrationNo).getByRole("link", { name: certificateNo }).click();
  await expect(seoul.getByTestId("revoked-notice")).toContainText("This certificate was revoked on");
  await expect(seoul.getByTestId("revoked-notice")).toContainText("Reason: Issued in error.");

  await seoul.goto(second.url);
  const courses = seoul.getByTestId("worker-courses");
  await expect(courses.getByRole("row", { name: new RegExp(titleEn) })).toContainText("Completed");
  await expect(courses.getByRole("row", { name: new RegExp(titleEn) })).toContainText(`${certificateNo}(revoked)`);

  await seoul.goto("/courses");
  await seoul.getByLabel("Search").fill(titleEn);
  await seoul.getByRole("button", { name: "Search", exact: true }).click();
  await expect(seoul.getByTestId("course-table").getByRole("row", { name: new RegExp(titleEn) })).toContainText("2 / 2");

  // Another post's officer gets the not-found page, as for any id they may not see.
  const bangkok = await browser.newPage();
  await signIn(bangkok, "officer.th@registry.test");
  expect((await bangkok.goto(courseUrl))?.status()).toBe(404);
  await expect(bangkok.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(bangkok.getByText(titleEn)).toHaveCount(0);

  // The ministry follows courses through the statistics only.
  const ministry = await browser.newPage();
  await signIn(ministry, "ministry@registry.test");
  await ministry.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course statistics" }).click();
  await expect(ministry.getByRole("heading", { name: "Training course statistics" })).toBeVisible();
  const seoulRow = ministry.getByTestId("course-statistics").getByRole("row", { name: /Seoul/ });
  await expect(seoulRow).toBeVisible();
  await expect(ministry.getByTestId("course-statistics").getByRole("row", { name: /All posts/ })).toBeVisible();
  expect((await ministry.goto("/courses/new"))?.status()).toBe(403);
  expect((await ministry.goto(courseUrl))?.status()).toBe(403);
});

test("the course form explains each refusal beside its field and keeps what was typed", async ({ page }) => {
  await signIn(page, "officer.kr@registry.test");
  await page.goto("/courses/new");
  const titleEn = `Korean for the workplace ${randomLatinWord(5)}`;
  await fillCourse(page, { titleEn, startsOn: dayFromToday(10), endsOn: dayFromToday(5), capacity: "0" });
  await page.getByRole("textbox", { name: "Place", exact: true }).fill("");
  await page.getByRole("button", { name: "Create course" }).click();

  await expect(page.getByTestId("error-summary")).toContainText("Enter the number of places as a whole number from 1 to 500.");
  await expect(page.getByTestId("error-summary")).toContainText("This field is required.");
  await expect(page.getByRole("textbox", { name: "Place", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title in English")).toHaveValue(titleEn);
  await expect(page.getByLabel("Last day")).toHaveValue(dayFromToday(5));
  await expect(page.getByLabel("Status")).toHaveValue("OPEN");

  // The dates are compared once each field is right on its own.
  await page.getByRole("textbox", { name: "Place", exact: true }).fill("Cheonan Labour Office");
  await page.getByRole("spinbutton", { name: "Places", exact: true }).fill("12");
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("A course cannot end before it starts.");
  await expect(page.getByLabel("Last day")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("textbox", { name: "Place", exact: true })).toHaveValue("Cheonan Labour Office");
  await expect(page.getByLabel("Title in English")).toHaveValue(titleEn);
});

test("a second save from an old version of a course shows what changed and keeps what was typed", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, "officer.kr@registry.test");
  await signIn(second, "officer.kr@registry.test");
  await first.goto("/courses/new");
  await fillCourse(first, { titleEn: `Safety at sea ${randomLatinWord(5)}`, startsOn: dayFromToday(20), endsOn: dayFromToday(22), capacity: "10" });
  await first.getByRole("button", { name: "Create course" }).click();
  await expect(first).toHaveURL(/\?done=created$/);
  const editUrl = `${first.url().replace("?done=created", "")}/edit`;

  await first.goto(editUrl);
  await second.goto(editUrl);
  await first.getByRole("textbox", { name: "Place", exact: true }).fill("Busan Migrant Centre");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(toasts(first)).toContainText("Changes saved.");

  await second.getByRole("textbox", { name: "Place", exact: true }).fill("Gimhae Community Hall");
  await second.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("Someone else changed this record in the meantime.");
  await expect(conflict.getByRole("row", { name: /Place/ })).toContainText("Busan Migrant Centre");
  await expect(conflict.getByRole("row", { name: /Place/ })).toContainText("Gimhae Community Hall");
  await expect(second.getByRole("textbox", { name: "Place", exact: true })).toHaveValue("Gimhae Community Hall");

  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(toasts(second)).toContainText("Changes saved.");
  await expect(second.getByText("Gimhae Community Hall")).toBeVisible();
});

test("a course still to come offers no certificate and says from when it may, in English and Khmer", async ({ page }) => {
  await signIn(page, "officer.kr@registry.test");
  await page.goto("/courses");
  // The demo course of Seoul starts in two weeks and already has workers enrolled.
  await page.getByRole("link", { name: "EPS Korean language and safety" }).first().click();
  const roster = page.getByTestId("roster");
  await expect(roster.getByTestId("completion-note").first()).toContainText("Can be completed from");
  await expect(roster.getByTestId("attendance-tally").first()).toContainText("Present 0 of 2 days");
  await expect(roster.getByTestId("attendance-tally").first()).toContainText("2 days not recorded yet");
  await expect(roster.getByRole("button", { name: "Withdraw" }).first()).toBeVisible();
  await expect(roster.getByRole("button", { name: "Mark completed" })).toHaveCount(0);
  await expect(page.getByText("Present on at least 2 of 2 days (80 %), from the last day on")).toBeVisible();

  await page.getByRole("button", { name: "ខ្មែរ" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "km");
  await expect(roster.getByTestId("completion-note").first()).toContainText("អាចកត់ថាបានបញ្ចប់ ចាប់ពី");
  await expect(roster.getByTestId("attendance-tally").first()).toContainText("មិនទាន់កត់ត្រា");
  await expect(roster.getByRole("button", { name: "ដកចេញ" }).first()).toBeVisible();
  await expect(roster.getByRole("button", { name: "កត់ថាបានបញ្ចប់" })).toHaveCount(0);
});
