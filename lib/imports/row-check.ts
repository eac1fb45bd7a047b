import en from "@/messages/en.json" with { type: "json" };
import km from "@/messages/km.json" with { type: "json" };
import { startOfTodayUtc, yearsBefore } from "@/lib/schemas/common";
import {
  KHMER_NAME_PATTERN,
  LATIN_NAME_PATTERN,
  MAX_EMPLOYER_LENGTH,
  MAX_NAME_LENGTH,
  MINIMUM_AGE,
  normalisePassport,
  normalisePhone,
  PASSPORT_PATTERN,
  PHONE_PATTERN,
  SCHEMES,
  SECTORS,
  SEXES,
  WORKER_STATUSES,
} from "@/lib/schemas/worker";
import type { ColumnMapping, ImportField } from "./columns";

/**
 * What one row of an import file says, checked on its own: the same rules as the registration form
 * (lib/schemas/worker.ts), applied without zod so that a million rows pass in seconds. What needs
 * the whole file or the register (a passport repeated, a worker already registered) is checked in
 * the database afterwards. A reason is a message key under `imports.reasons`, with `:argument`.
 */

/** Reference data the rows are read against (see prepareChecks). */
export type ImportReferences = {
  /** lookupKey(code, English or Khmer name) → province code. */
  provinces: Map<string, string>;
  /** lookupKey(ISO code, English or Khmer name) → country code. */
  countries: Map<string, string>;
  /** The destinations this import may write, each with the post that holds its workers (null: the ministry). */
  covered: Map<string, string | null>;
  today?: Date;
};

export type CheckedRow = {
  registrationNo: string | null;
  passportNo: string | null;
  fullName: string | null;
  fullNameKm: string | null;
  sex: (typeof SEXES)[number] | null;
  dateOfBirth: string | null;
  phone: string | null;
  provinceCode: string | null;
  destinationCountry: string | null;
  postId: string | null;
  employer: string | null;
  sector: (typeof SECTORS)[number] | null;
  scheme: (typeof SCHEMES)[number] | null;
  deployedOn: string | null;
  contractEnd: string | null;
  status: (typeof WORKER_STATUSES)[number] | null;
  reasons: string[];
};

/** Place names as compared: NFC, lower case, without spaces, dashes or dots. */
export function lookupKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[\s\-_.]+/g, "");
}

/**
 * A lookup by lookupKey, remembered by the text as typed: a register repeats the same few
 * spellings a million times, and normalising each again would be most of the work.
 */
function cachedLookup<T>(byKey: ReadonlyMap<string, T>): (text: string) => T | null {
  const seen = new Map<string, T | null>();
  return (text) => {
    let found = seen.get(text);
    if (found === undefined) {
      found = byKey.get(lookupKey(text)) ?? null;
      if (seen.size < 10_000) seen.set(text, found);
    }
    return found;
  };
}

/** An enum's values by their own name and by their English and Khmer labels. */
function enumLookup<T extends string>(values: readonly T[], labels: { en: Record<string, string>; km: Record<string, string> }, extra: Record<string, T> = {}) {
  const byKey = new Map<string, T>();
  for (const value of values) {
    for (const name of [value, labels.en[value], labels.km[value]]) byKey.set(lookupKey(name), value);
  }
  for (const [name, value] of Object.entries(extra)) byKey.set(lookupKey(name), value);
  return cachedLookup(byKey);
}

const sexOf = enumLookup(SEXES, { en: en.enums.sex, km: km.enums.sex }, { male: "M", female: "F" });
const sectorOf = enumLookup(SECTORS, { en: en.enums.sector, km: km.enums.sector });
const schemeOf = enumLookup(SCHEMES, { en: en.enums.scheme, km: km.enums.scheme });
// A worker moves out of a post by a transfer, never by an import.
const IMPORTED_STATUSES = WORKER_STATUSES.filter((status) => status !== "TRANSFERRED_OUT");
const statusOf = enumLookup(IMPORTED_STATUSES, { en: en.enums.status, km: km.enums.status });

type DateReading = { date: string } | { problem: "Format" | "Impossible" };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** YYYY-MM-DD or DD/MM/YYYY (day first, as in Cambodia), as YYYY-MM-DD if it is a real day. */
export function readDate(text: string): DateReading {
  const iso = ISO_DATE.exec(text);
  const dayFirst = iso ? null : DAY_FIRST_DATE.exec(text);
  if (!iso && !dayFirst) return { problem: "Format" };
  const [yearText, monthText, dayText] = iso ? [iso[1], iso[2], iso[3]] : [dayFirst![3], dayFirst![2], dayFirst![1]];
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (year < 1 || !days || day < 1 || day > days) return { problem: "Impossible" };
  return { date: `${yearText}-${monthText.padStart(2, "0")}-${dayText.padStart(2, "0")}` };
}

/** A cell as typed: trimmed, without the apostrophe the rejected-rows file puts before = + - @ (csvCell). */
export function cellText(raw: string | undefined): string {
  const text = (raw ?? "").trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** The cells of the columns read, in the file's order: what the rejected-rows file gives back. */
export function readCells(cells: string[], mapping: ColumnMapping): string[] {
  return mapping.read.map(({ field }) => cells[mapping.indexOf[field]!] ?? "");
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** What every row is checked against, prepared once per file. Dates compare as YYYY-MM-DD text. */
export function prepareChecks(references: ImportReferences) {
  const today = references.today ?? startOfTodayUtc();
  return {
    covered: references.covered,
    province: cachedLookup(references.provinces),
    country: cachedLookup(references.countries),
    today: isoDay(today),
    youngestBirth: isoDay(yearsBefore(today, MINIMUM_AGE)),
    oldestBirth: isoDay(yearsBefore(today, 100)),
  };
}
export type RowChecks = ReturnType<typeof prepareChecks>;

function cellOf(cells: string[], mapping: ColumnMapping, field: ImportField): string {
  const index = mapping.indexOf[field];
  return index === undefined ? "" : cellText(cells[index]);
}

/** A date cell as YYYY-MM-DD, or null with the reason (`<name>Missing`, `<name>Format`, `<name>Impossible`). */
function dateCell(text: string, name: string, required: boolean, reasons: string[]): string | null {
  if (!text) {
    if (required) reasons.push(`${name}Missing`);
    return null;
  }
  const reading = readDate(text);
  if ("problem" in reading) {
    reasons.push(`${name}${reading.problem}`);
    return null;
  }
  return reading.date;
}

// Module-level functions, no closures: this runs a million times per national import.
export function checkRow(cells: string[], mapping: ColumnMapping, checks: RowChecks): CheckedRow {
  const reasons: string[] = [];
  const get = (field: ImportField) => cellOf(cells, mapping, field);

  const registrationNo = get("registration_no").toUpperCase() || null;
  if (registrationNo && !/^[A-Z0-9][A-Z0-9/-]{2,39}$/.test(registrationNo)) reasons.push("registrationNoInvalid");

  const passportNo = normalisePassport(get("passport_no")) || null;
  if (!passportNo) reasons.push("passportMissing");
  else if (!PASSPORT_PATTERN.test(passportNo)) reasons.push("passportInvalid");

  const latinName = get("full_name");
  const fullName = latinName ? (/\s\s|[^\S ]/.test(latinName) ? latinName.replace(/\s+/g, " ") : latinName).toUpperCase() : null;
  if (!latinName) reasons.push("fullNameMissing");
  else if (latinName.length > MAX_NAME_LENGTH) reasons.push("fullNameTooLong");
  else if (!LATIN_NAME_PATTERN.test(latinName)) reasons.push("fullNameInvalid");

  const fullNameKm = get("full_name_km") || null;
  if (fullNameKm && (fullNameKm.length > MAX_NAME_LENGTH || !KHMER_NAME_PATTERN.test(fullNameKm))) reasons.push("fullNameKmInvalid");

  const sexText = get("sex");
  const sex = sexText ? sexOf(sexText) : null;
  if (!sexText) reasons.push("sexMissing");
  else if (!sex) reasons.push("sexInvalid");

  const dateOfBirth = dateCell(get("date_of_birth"), "dateOfBirth", true, reasons);
  if (dateOfBirth) {
    if (dateOfBirth > checks.today) reasons.push("dateOfBirthInFuture");
    else if (dateOfBirth > checks.youngestBirth) reasons.push("tooYoung");
    else if (dateOfBirth < checks.oldestBirth) reasons.push("dateOfBirthTooOld");
  }

  const phoneText = get("phone");
  const phone = phoneText ? normalisePhone(phoneText) : null;
  if (phone && !PHONE_PATTERN.test(phone)) reasons.push("phoneInvalid");

  const provinceText = get("province_of_origin");
  const provinceCode = provinceText ? checks.province(provinceText) : null;
  if (!provinceText) reasons.push("provinceMissing");
  else if (!provinceCode) reasons.push("provinceUnknown");

  const countryText = get("destination_country");
  const destinationCountry = countryText ? checks.country(countryText) : null;
  if (!countryText) reasons.push("destinationMissing");
  else if (!destinationCountry) reasons.push("destinationUnknown");
  else if (!checks.covered.has(destinationCountry)) reasons.push("destinationNotCovered");
  const postId = destinationCountry ? (checks.covered.get(destinationCountry) ?? null) : null;

  const employer = get("employer") || null;
  if (employer && employer.length > MAX_EMPLOYER_LENGTH) reasons.push("employerTooLong");

  const sectorText = get("sector");
  const sector = sectorText ? sectorOf(sectorText) : null;
  if (!sectorText) reasons.push("sectorMissing");
  else if (!sector) reasons.push("sectorInvalid");

  const schemeText = get("scheme");
  const scheme = schemeText ? schemeOf(schemeText) : null;
  if (!schemeText) reasons.push("schemeMissing");
  else if (!scheme) reasons.push("schemeInvalid");

  const deployedOn = dateCell(get("deployed_on"), "deployedOn", false, reasons);
  if (deployedOn && deployedOn > checks.today) reasons.push("deployedOnInFuture");
  if (deployedOn && dateOfBirth && deployedOn < dateOfBirth) reasons.push("deployedBeforeBirth");
  const contractEnd = dateCell(get("contract_end"), "contractEnd", false, reasons);
  if (contractEnd && deployedOn && contractEnd < deployedOn) reasons.push("contractBeforeDeployment");

  // A blank status is left to the database: a new worker with a deployment date is deployed, one
  // already registered keeps theirs.
  const statusText = get("status");
  const status = statusText ? statusOf(statusText) : null;
  if (statusText && !status) reasons.push("statusInvalid");
  else if (status === "DEPLOYED" && !deployedOn && !reasons.includes("deployedOnFormat") && !reasons.includes("deployedOnImpossible")) {
    reasons.push("deployedOnRequired");
  }

  return {
    registrationNo,
    passportNo,
    fullName,
    fullNameKm,
    sex,
    dateOfBirth,
    phone,
    provinceCode,
    destinationCountry,
    postId,
    employer,
    sector,
    scheme,
    deployedOn,
    contractEnd,
    status,
    reasons,
  };
}
