import { expect, test, type APIRequestContext } from "@playwright/test";
import { EXPECTED_API_OPERATIONS } from "../lib/test/api-operations";
import { courseInput, isoDay } from "../lib/test/course-input";
import { apiAs, expectError, newWorker, registerViaApi } from "./helpers";

async function createCourse(api: APIRequestContext, overrides: Record<string, unknown> = {}) {
  const input = courseInput(overrides);
  const response = await api.post("/api/v1/courses", { data: input });
  expect(response.status(), await response.text()).toBe(201);
  return { input, course: await response.json() };
}

async function enrol(api: APIRequestContext, courseId: string, workerId: string) {
  const response = await api.post(`/api/v1/courses/${courseId}/enrolments`, { data: { workerId } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

test("an officer creates a course, enrols until it is full, and a withdrawal moves the first wait-listed worker up", async ({ browser }) => {
  const api = await apiAs(browser, "officer.th@registry.test");
  const { input, course } = await createCourse(api, { capacity: 2, startsOn: isoDay(70), endsOn: isoDay(72) });
  expect(course).toMatchObject({ titleEn: input.titleEn, startsOn: isoDay(70), endsOn: isoDay(72), capacity: 2, status: "OPEN", version: 1, enrolled: 0 });

  const workers = [await registerViaApi(api), await registerViaApi(api), await registerViaApi(api)];
  const [first, second, third] = [await enrol(api, course.id, workers[0]), await enrol(api, course.id, workers[1]), await enrol(api, course.id, workers[2])];
  expect([first.status, second.status, third]).toEqual(["ENROLLED", "ENROLLED", { id: expect.any(String), workerId: workers[2], status: "WAITLISTED", waitlistRank: 1 }]);

  const twice = await expectError(await api.post(`/api/v1/courses/${course.id}/enrolments`, { data: { workerId: workers[0] } }), 422, "VALIDATION");
  expect(twice.fields.workerId[0]).toMatch(/already enrolled/);
  const { course: overlapping } = await createCourse(api, { startsOn: isoDay(72), endsOn: isoDay(73) });
  const overlap = await expectError(await api.post(`/api/v1/courses/${overlapping.id}/enrolments`, { data: { workerId: workers[0] } }), 422, "VALIDATION");
  expect(overlap.fields.workerId[0]).toContain(`“${input.titleEn}”`);

  const withdrawal = await api.patch(`/api/v1/courses/${course.id}/enrolments/${first.id}`, { data: { outcome: "WITHDRAWN", version: 1 } });
  expect(withdrawal.status(), await withdrawal.text()).toBe(200);
  expect(await withdrawal.json()).toEqual({ version: 2, promoted: third.id });

  const roster = await (await api.get(`/api/v1/courses/${course.id}/enrolments`)).json();
  expect(roster.items.map((e: { id: string; status: string }) => [e.id, e.status])).toEqual([
    [second.id, "ENROLLED"],
    [third.id, "ENROLLED"],
    [first.id, "WITHDRAWN"],
  ]);

  // A course ten weeks ahead: nobody can have completed it, and no certificate or revocation can be had.
  const early = await expectError(await api.patch(`/api/v1/courses/${course.id}/enrolments/${second.id}`, { data: { outcome: "COMPLETED", version: 1 } }), 422, "VALIDATION");
  expect(early.fields.outcome[0]).toBe("A worker can be marked completed only from the course's last day on.");
  const nothing = await expectError(await api.post(`/api/v1/courses/${course.id}/enrolments/${second.id}/certificate/revoke`, { data: { reason: "Test", version: 1 } }), 422, "VALIDATION");
  expect(nothing.fields.reason[0]).toBe("This enrolment has no certificate in force to revoke.");

  // The attendance rule is the course's own; an edit that leaves it out keeps it.
  expect(course.minAttendancePercent).toBe(80);
  const edited = await api.patch(`/api/v1/courses/${course.id}`, { data: { ...input, capacity: 3, minAttendancePercent: 75, version: 1 } });
  expect(edited.status(), await edited.text()).toBe(200);
  expect(await edited.json()).toMatchObject({ capacity: 3, minAttendancePercent: 75, version: 2, enrolled: 2, completed: 0 });
  const stale = await expectError(await api.patch(`/api/v1/courses/${course.id}`, { data: { ...input, capacity: 4, version: 1 } }), 409, "CONFLICT");
  expect(stale.current).toMatchObject({ id: course.id, capacity: 3, version: 2 });

  const listed = await (await api.get(`/api/v1/courses?q=${encodeURIComponent(input.titleEn)}`)).json();
  expect(listed).toMatchObject({ total: 1, page: 1, items: [{ id: course.id, enrolled: 2, completed: 0, waitlisted: 0, minAttendancePercent: 75 }] });
});

test("another post's officer finds neither the course nor its enrolments; ministry staff may not create courses", async ({ browser, request }) => {
  const bangkok = await apiAs(browser, "officer.th@registry.test");
  const { input, course } = await createCourse(bangkok);
  const bangkokWorker = await registerViaApi(bangkok);
  const enrolment = await enrol(bangkok, course.id, bangkokWorker);

  const seoul = await apiAs(browser, "officer.kr@registry.test");
  await expectError(await seoul.get(`/api/v1/courses/${course.id}`), 404, "NOT_FOUND");
  await expectError(await seoul.patch(`/api/v1/courses/${course.id}`, { data: { ...input, version: 1 } }), 404, "NOT_FOUND");
  await expectError(await seoul.get(`/api/v1/courses/${course.id}/enrolments`), 404, "NOT_FOUND");
  await expectError(await seoul.post(`/api/v1/courses/${course.id}/enrolments`, { data: { workerId: bangkokWorker } }), 404, "NOT_FOUND");
  await expectError(await seoul.patch(`/api/v1/courses/${course.id}/enrolments/${enrolment.id}`, { data: { outcome: "WITHDRAWN", version: 1 } }), 404, "NOT_FOUND");
  await expectError(await seoul.post(`/api/v1/courses/${course.id}/enrolments/${enrolment.id}/certificate/revoke`, { data: { reason: "Test", version: 1 } }), 404, "NOT_FOUND");
  expect((await (await seoul.get(`/api/v1/courses?q=${encodeURIComponent(input.titleEn)}`)).json()).items).toEqual([]);
  // Nor can Bangkok enrol a Seoul worker: a worker of another post does not exist for it.
  const seoulWorker = await registerViaApi(seoul, newWorker({ destinationCountry: "KR", scheme: "EPS", sector: "MANUFACTURING" }));
  await expectError(await seoul.post(`/api/v1/courses/${course.id}/enrolments`, { data: { workerId: seoulWorker } }), 404, "NOT_FOUND");
  await expectError(await bangkok.post(`/api/v1/courses/${course.id}/enrolments`, { data: { workerId: seoulWorker } }), 404, "NOT_FOUND");
  // And nothing changed.
  const roster = await (await bangkok.get(`/api/v1/courses/${course.id}/enrolments`)).json();
  expect(roster.items.map((e: { id: string; status: string; version: number }) => [e.id, e.status, e.version])).toEqual([[enrolment.id, "ENROLLED", 1]]);

  const ministry = await apiAs(browser, "ministry@registry.test");
  await expectError(await ministry.post("/api/v1/courses", { data: courseInput() }), 403, "FORBIDDEN");
  await expectError(await ministry.get("/api/v1/courses"), 403, "FORBIDDEN");
  await expectError(await ministry.get(`/api/v1/courses/${course.id}/enrolments`), 403, "FORBIDDEN");
  await expectError(await request.get("/api/v1/courses"), 401, "UNAUTHENTICATED");
  await expectError(await request.post(`/api/v1/courses/${course.id}/enrolments`, { data: { workerId: bangkokWorker } }), 401, "UNAUTHENTICATED");
});

test("the courses operations are in the OpenAPI document", async ({ request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  const operations = Object.entries(document.paths as Record<string, object>).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
  const courseOperations = EXPECTED_API_OPERATIONS.filter((operation) => operation.includes("/courses"));
  expect(courseOperations).toHaveLength(8);
  expect(operations).toEqual(expect.arrayContaining(courseOperations));
  expect(document.paths["/courses/{id}/enrolments"].post.responses["201"].content["application/json"].schema.$ref).toBe("#/components/schemas/NewEnrolment");
});
