import { describe, expect, it } from "vitest";
import { normalisePassport, WorkerInput } from "./worker";
import { fieldErrorsOf, startOfTodayUtc, yearsBefore } from "./common";

const valid = {
  fullName: "sok  dara",
  sex: "M",
  dateOfBirth: "1995-04-17",
  passportNo: "N0123456",
  provinceCode: "KH-14",
  destinationCountry: "th",
  sector: "CONSTRUCTION",
  scheme: "MOU",
};

const iso = (date: Date) => date.toISOString().slice(0, 10);
const errorsFor = (input: Record<string, unknown>) => {
  const result = WorkerInput.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("passport numbers", () => {
  it.each([
    ["n 0123 456", "N0123456"],
    ["N-0123-456", "N0123456"],
    ["  ab1234567 ", "AB1234567"],
  ])("normalises %j to %j", (raw, expected) => {
    expect(normalisePassport(raw)).toBe(expected);
    expect(WorkerInput.parse({ ...valid, passportNo: raw }).passportNo).toBe(expected);
  });

  it.each(["", "12345678", "N12345", "ABC1234567", "N01234567890", "N0123456X"])("refuses %j", (passportNo) => {
    expect(errorsFor({ ...valid, passportNo }).passportNo).toHaveLength(1);
  });
});

describe("dates of birth", () => {
  const today = startOfTodayUtc();
  it("refuses a date in the future", () => {
    const tomorrow = new Date(today.getTime() + 86_400_000);
    expect(errorsFor({ ...valid, dateOfBirth: iso(tomorrow) }).dateOfBirth).toEqual(["validation.birthInFuture"]);
  });

  it("refuses someone who turns 15 tomorrow, and accepts them on their birthday", () => {
    const fifteen = yearsBefore(today, 15);
    const dayAfter = new Date(fifteen.getTime() + 86_400_000);
    expect(errorsFor({ ...valid, dateOfBirth: iso(dayAfter) }).dateOfBirth).toEqual(["validation.tooYoung"]);
    expect(WorkerInput.safeParse({ ...valid, dateOfBirth: iso(fifteen) }).success).toBe(true);
  });

  it.each(["2001-02-30", "17/04/1995", "1995-4-17", ""])("refuses %j as a date", (dateOfBirth) => {
    expect(errorsFor({ ...valid, dateOfBirth }).dateOfBirth?.[0]).toMatch(/validation\.(date|required)/);
  });
});

describe("the rest of a worker", () => {
  it("normalises names, country codes and phone numbers", () => {
    const worker = WorkerInput.parse({ ...valid, phone: "+66 (81) 234-5678", fullNameKm: "សុខ ដារ៉ា", employer: "  " });
    expect(worker).toMatchObject({ fullName: "SOK DARA", destinationCountry: "TH", phone: "+66812345678", fullNameKm: "សុខ ដារ៉ា", status: "PRE_DEPARTURE" });
    expect(worker.employer).toBeUndefined();
  });

  it("refuses a Latin name with other scripts or markup, and a Khmer name in Latin", () => {
    expect(errorsFor({ ...valid, fullName: "<script>alert(1)</script>" }).fullName).toEqual(["validation.latinName"]);
    expect(errorsFor({ ...valid, fullNameKm: "Sok Dara" }).fullNameKm).toEqual(["validation.khmerName"]);
  });

  it("requires a deployment date for a deployed worker and a contract that ends after it", () => {
    expect(errorsFor({ ...valid, status: "DEPLOYED" }).deployedOn).toEqual(["validation.deployedOnRequired"]);
    expect(errorsFor({ ...valid, status: "DEPLOYED", deployedOn: "2024-05-01", contractEnd: "2024-04-01" }).contractEnd).toEqual([
      "validation.contractBeforeDeployment",
    ]);
  });

  it("refuses statuses a new record cannot start in, and unknown fields", () => {
    expect(errorsFor({ ...valid, status: "DECEASED" }).status).toEqual(["validation.choose"]);
    expect(errorsFor({ ...valid, postId: "someone-else" })._form).toEqual(["validation.unknownField"]);
  });
});
