import { describe, expect, it } from "vitest";
import { mapHeader } from "./columns";
import { cellText, checkRow, lookupKey, prepareChecks, readDate } from "./row-check";

const BANGKOK = "00000000-0000-4000-8000-000000000001";
const checks = prepareChecks({
  provinces: new Map([
    [lookupKey("KH-14"), "KH-14"],
    [lookupKey("Prey Veng"), "KH-14"],
    [lookupKey("ព្រៃវែង"), "KH-14"],
  ]),
  countries: new Map([
    [lookupKey("TH"), "TH"],
    [lookupKey("Thailand"), "TH"],
    [lookupKey("KR"), "KR"],
    [lookupKey("South Korea"), "KR"],
  ]),
  covered: new Map([["TH", BANGKOK]]),
  today: new Date("2026-06-15T00:00:00Z"),
});

const header = ["passport_no", "full_name", "full_name_km", "sex", "date_of_birth", "phone", "province_of_origin", "destination_country", "sector", "scheme", "deployed_on", "contract_end", "status", "registration_no"];
const { mapping } = mapHeader(header);
const good: Record<string, string> = {
  passport_no: "n 0123 4567",
  full_name: "  sok   dara ",
  full_name_km: "សុខ ដារ៉ា",
  sex: "f",
  date_of_birth: "1994-03-15",
  phone: "+66 81 234 5678",
  province_of_origin: "prey veng",
  destination_country: "Thailand",
  sector: "Construction",
  scheme: "mou",
  deployed_on: "02/05/2024",
  contract_end: "2026-05-01",
  status: "",
  registration_no: "",
};
const check = (overrides: Record<string, string> = {}) => {
  const row = { ...good, ...overrides };
  return checkRow(header.map((field) => row[field]), mapping, checks);
};

describe("readDate", () => {
  it.each([
    ["1994-03-15", "1994-03-15"],
    ["1994-3-5", "1994-03-05"],
    ["15/03/1994", "1994-03-15"],
    ["5/3/1994", "1994-03-05"],
    ["29/02/2024", "2024-02-29"],
  ])("reads %s as %s", (text, date) => expect(readDate(text)).toEqual({ date }));

  it.each(["31/02/1990", "1990-02-29", "2023-13-01", "00/01/1990", "31/04/2001"])("finds %s impossible", (text) => expect(readDate(text)).toEqual({ problem: "Impossible" }));

  it.each(["03/15/94", "15.03.1994", "March 15, 1994", "1994/03/15"])("cannot read %s", (text) => expect(readDate(text)).toEqual({ problem: "Format" }));
});

describe("checkRow", () => {
  it("normalises a good row as the registration form would", () => {
    expect(check()).toEqual({
      registrationNo: null,
      passportNo: "N01234567",
      fullName: "SOK DARA",
      fullNameKm: "សុខ ដារ៉ា",
      sex: "F",
      dateOfBirth: "1994-03-15",
      phone: "+66812345678",
      provinceCode: "KH-14",
      destinationCountry: "TH",
      postId: BANGKOK,
      employer: null,
      sector: "CONSTRUCTION",
      scheme: "MOU",
      deployedOn: "2024-05-02",
      contractEnd: "2026-05-01",
      // Left to the database: deployed for a new worker with a deployment date, unchanged for one registered.
      status: null,
      reasons: [],
    });
  });

  it("reads choices and places by their Khmer names too", () => {
    expect(check({ sex: "ប្រុស", province_of_origin: "ព្រៃវែង", sector: "សំណង់", status: "កំពុងធ្វើការនៅបរទេស" })).toMatchObject({
      sex: "M",
      provinceCode: "KH-14",
      sector: "CONSTRUCTION",
      status: "DEPLOYED",
      reasons: [],
    });
  });

  it("gives every reason a row has, not only the first", () => {
    expect(
      check({ passport_no: "123", full_name: "Сок", sex: "Q", date_of_birth: "31/02/1990", province_of_origin: "Atlantis", destination_country: "KR", sector: "", deployed_on: "2030-01-01" }).reasons,
    ).toEqual(["passportInvalid", "fullNameInvalid", "sexInvalid", "dateOfBirthImpossible", "provinceUnknown", "destinationNotCovered", "sectorMissing", "deployedOnInFuture", "contractBeforeDeployment"]);
  });

  it.each([
    [{ date_of_birth: "2030-01-01", deployed_on: "", contract_end: "" }, "dateOfBirthInFuture"],
    [{ date_of_birth: "2015-01-01" }, "tooYoung"],
    [{ date_of_birth: "1900-01-01" }, "dateOfBirthTooOld"],
    [{ date_of_birth: "" }, "dateOfBirthMissing"],
    [{ deployed_on: "1990-01-01" }, "deployedBeforeBirth"],
    [{ contract_end: "2020-01-01" }, "contractBeforeDeployment"],
    [{ status: "DEPLOYED", deployed_on: "" }, "deployedOnRequired"],
    [{ status: "TRANSFERRED_OUT" }, "statusInvalid"],
    [{ destination_country: "Atlantis" }, "destinationUnknown"],
    [{ phone: "12" }, "phoneInvalid"],
    [{ full_name_km: "Sok" }, "fullNameKmInvalid"],
    [{ registration_no: "TH 24" }, "registrationNoInvalid"],
  ])("refuses %j: %s", (overrides, reason) => {
    expect(check(overrides).reasons).toEqual([reason]);
  });

  it("reads a cell the rejected-rows file protected from formulas as it was typed", () => {
    expect(cellText("'+66812345678")).toBe("+66812345678");
    expect(check({ phone: "'+66812345678" })).toMatchObject({ phone: "+66812345678", reasons: [] });
  });
});
