import { describe, expect, it } from "vitest";
import { APP_ERROR_CODES, AppError, fieldError } from "@/lib/errors";
import km from "@/messages/km.json";
import { english, errorResponse } from "./error-response";

const current = {
  id: "7b0a4a8e-3f64-4c55-9d4e-0c1c2f8b9a10",
  registrationNo: "TH26-0000042",
  fullName: "SOK DARA",
  fullNameKm: null,
  sex: "M",
  dateOfBirth: new Date("1994-03-12T00:00:00Z"),
  passportMasked: "••••3456",
  phone: null,
  provinceCode: "KH-14",
  province: { code: "KH-14", nameEn: "Prey Veng", nameKm: "ព្រៃវែង" },
  destinationCountry: "TH",
  country: { code: "TH", nameEn: "Thailand", nameKm: "ថៃ" },
  post: { id: "5d7b7a52-8c1e-4f0a-9a43-2b1f0c9d8e7f", name: "Royal Embassy of Cambodia in Bangkok" },
  employer: null,
  sector: "CONSTRUCTION",
  scheme: "MOU",
  status: "PRE_DEPARTURE",
  deployedOn: null,
  contractEnd: null,
  returnedOn: null,
  version: 2,
  createdAt: new Date("2026-01-05T08:30:00.000Z"),
  updatedAt: new Date("2026-01-06T09:00:00.000Z"),
  updatedById: null,
};

describe("english", () => {
  it("reads a dotted key from messages/en.json, and falls back to the key", () => {
    expect(english("validation.passport")).toMatch(/^A passport number is one or two letters/);
    expect(english("errors.NOT_FOUND")).toBe("There is nothing here, or you are not allowed to see it.");
    expect(english("validation.noSuchMessage")).toBe("validation.noSuchMessage");
    expect(english("validation")).toBe("validation");
  });

  it("fills in a message's arguments", () => {
    expect(english("published.csvRepeated", { country: "TH" })).toContain("TH");
    expect(english("published.csvRepeated", { country: "TH" })).not.toContain("{country}");
  });

  it("has a message for every error code, in English and in Khmer", () => {
    for (const code of APP_ERROR_CODES) {
      expect(english(`errors.${code}`), code).not.toBe(`errors.${code}`);
      expect(km.errors, code).toHaveProperty(code);
    }
  });
});

describe("errorResponse", () => {
  it.each([
    ["UNAUTHENTICATED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["BAD_REQUEST", 400],
    ["TOO_LARGE", 413],
  ] as const)("answers %s with %i and its English message", (code, status) => {
    expect(errorResponse(new AppError(code), { fromUrl: false })).toEqual({ status, body: { error: { code, message: english(`errors.${code}`) } } });
  });

  it("answers invalid fields of a body with 422, each reason in English", () => {
    const { status, body } = errorResponse(fieldError("passportNo", "validation.passport"), { fromUrl: false });
    expect(status).toBe(422);
    expect(body).toEqual({
      error: { code: "VALIDATION", message: "Some fields need attention.", fields: { passportNo: [english("validation.passport")] } },
    });
  });

  it("spells out a message's arguments in the English text, and sends them no other way", () => {
    const error = fieldError("workerId", "courses.errors.overlap", { course: "EPS Korean language and safety", courseKm: "ភាសាកូរ៉េ" });
    const { status, body } = errorResponse(error, { fromUrl: false });
    expect(status).toBe(422);
    expect(body).toEqual({
      error: { code: "VALIDATION", message: "Some fields need attention.", fields: { workerId: [english("courses.errors.overlap", { course: "EPS Korean language and safety" })] } },
    });
    expect(JSON.stringify(body)).toContain("“EPS Korean language and safety”");
  });

  it("answers the database out of reach with 503 UNAVAILABLE, not a bare 500", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 });
    expect(errorResponse(refused, { fromUrl: true })).toEqual({ status: 503, body: { error: { code: "UNAVAILABLE", message: english("errors.UNAVAILABLE") } } });
  });

  it("answers invalid query parameters with 400", () => {
    const error = new AppError("VALIDATION", "errors.VALIDATION", { status: ["validation.choose"], _form: ["validation.unknownField"] });
    const { status, body } = errorResponse(error, { fromUrl: true });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: "VALIDATION", fields: { status: ["Choose one of the options."], _form: ["This field is not accepted."] } } });
  });

  it("answers a conflict with 409 and the current record, dates as the API writes them", () => {
    const { status, body } = errorResponse(new AppError("CONFLICT", "errors.CONFLICT", undefined, { current }), { fromUrl: false });
    expect(status).toBe(409);
    expect(body).toMatchObject({
      error: { code: "CONFLICT", current: { version: 2, dateOfBirth: "1994-03-12", createdAt: "2026-01-05T08:30:00.000Z", passportMasked: "••••3456" } },
    });
  });

  it("answers a conflict on a published source or a quota with it as it is now", () => {
    const source = {
      id: "molvt-2021",
      title: "Ministry report",
      publishedOn: new Date("2022-03-28T00:00:00Z"),
      asOf: new Date("2021-12-31T00:00:00Z"),
      note: null,
      official: true,
      retiredAt: null,
      version: 3,
      updatedAt: new Date("2026-01-06T09:00:00.000Z"),
      figures: [{ countryCode: "TH", workers: 1220197, note: null }],
    };
    const onSource = errorResponse(new AppError("CONFLICT", "errors.CONFLICT", undefined, { current: source }), { fromUrl: false });
    expect(onSource).toMatchObject({ status: 409, body: { error: { current: { id: "molvt-2021", publishedOn: "2022-03-28", asOf: "2021-12-31", version: 3 } } } });
    const quota = { id: "7b0a4a8e-3f64-4c55-9d4e-0c1c2f8b9a10", countryCode: "KR", year: 2026, workers: 6000, note: null, version: 2 };
    const onQuota = errorResponse(new AppError("CONFLICT", "errors.CONFLICT", undefined, { current: quota }), { fromUrl: false });
    expect(onQuota).toMatchObject({ status: 409, body: { error: { current: quota } } });
  });

  it("answers a conflict on a course or an enrolment with it as it is now", () => {
    const course = {
      id: current.id,
      titleEn: "EPS Korean language and safety",
      titleKm: "ភាសាកូរ៉េ និងសុវត្ថិភាព",
      provider: "HRD Korea, Seoul region",
      place: "Ansan",
      startsOn: new Date("2026-12-05T00:00:00Z"),
      endsOn: new Date("2026-12-06T00:00:00Z"),
      capacity: 20,
      enrolmentDeadline: null,
      minAttendancePercent: 80,
      status: "OPEN",
      enrolled: 3,
      waitlisted: 0,
      completed: 0,
      scheduleNote: null,
      version: 4,
    };
    const onCourse = errorResponse(new AppError("CONFLICT", "errors.CONFLICT", undefined, { current: course }), { fromUrl: false });
    expect(onCourse).toMatchObject({ status: 409, body: { error: { current: { ...course, startsOn: "2026-12-05", endsOn: "2026-12-06" } } } });
    const enrolment = { id: current.id, status: "COMPLETED", certificateNo: "CERT-2026-000042", completedOn: new Date("2026-12-06T00:00:00Z"), version: 2 };
    const onEnrolment = errorResponse(new AppError("CONFLICT", "errors.CONFLICT", undefined, { current: enrolment }), { fromUrl: false });
    expect(onEnrolment).toMatchObject({ status: 409, body: { error: { current: { ...enrolment, completedOn: "2026-12-06" } } } });
  });

  it("answers likely duplicates with 409 and the matches, naming only the post for another post's", () => {
    const duplicates = [
      { inScope: true, id: current.id, registrationNo: current.registrationNo, fullName: "SOK DARA", fullNameKm: null, dateOfBirth: current.dateOfBirth, reason: "name" },
      { inScope: false, postName: "Royal Embassy of Cambodia in Seoul", reason: "phone" },
    ];
    const { status, body } = errorResponse(new AppError("DUPLICATE", "errors.DUPLICATE", undefined, { duplicates }), { fromUrl: false });
    expect(status).toBe(409);
    expect(body).toEqual({
      error: {
        code: "DUPLICATE",
        message: english("errors.DUPLICATE"),
        duplicates: [
          { ...duplicates[0], dateOfBirth: "1994-03-12" },
          { inScope: false, postName: "Royal Embassy of Cambodia in Seoul", reason: "phone" },
        ],
      },
    });
  });

  it("answers anything unexpected with a bare 500 and the request id, never the error's own text", () => {
    const { status, body } = errorResponse(new Error("connection to 10.0.0.5 refused"), { fromUrl: false, requestId: "req-1" });
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: "INTERNAL", message: english("errors.unexpected"), requestId: "req-1" } });
  });

  it("never sends details it does not describe", () => {
    const leaky = new AppError("CONFLICT", "errors.CONFLICT", undefined, { current: { ...current, passportNo: "N0123456" } });
    const { status, body } = errorResponse(leaky, { fromUrl: false, requestId: "req-2" });
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("N0123456");
  });
});
