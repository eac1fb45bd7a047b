import { z } from "zod";
import { mergePatchSchema } from "./merge-patch";
import { blankToUndefined, isoDate, optionalIsoDate, optionalText, recordVersion as version, startOfTodayUtc, yearsBefore } from "./common";

export const SEXES = ["M", "F", "X"] as const;
export const SCHEMES = ["EPS", "MOU", "TECHNICAL_INTERN", "SPECIFIED_SKILLED_WORKER", "DOMESTIC_WORK", "OTHER"] as const;
export const SECTORS = ["AGRICULTURE", "CONSTRUCTION", "MANUFACTURING", "FISHING", "SERVICES", "HOSPITALITY", "DOMESTIC_WORK", "OTHER"] as const;
export const WORKER_STATUSES = ["PRE_DEPARTURE", "DEPLOYED", "RETURNED", "TRANSFERRED_OUT", "DECEASED", "UNKNOWN"] as const;
/** A record starts before departure or abroad; the other statuses are reached by later changes. */
export const INITIAL_STATUSES = ["PRE_DEPARTURE", "DEPLOYED"] as const;

/** The youngest a registered worker can be, in years (Cambodia's minimum age for work abroad is higher). */
export const MINIMUM_AGE = 15;

/** Passport numbers are the registry's key: compare them upper case, without spaces or dashes. */
export function normalisePassport(raw: string): string {
  return raw.replace(/[\s\-–.]/g, "").toUpperCase();
}

/** One or two letters then six to eight digits, as on Cambodian passports (e.g. N0123456). */
export const PASSPORT_PATTERN = /^[A-Z]{1,2}\d{6,8}$/;

/** As in the passport: Latin letters, spaces, hyphens, apostrophes and dots. */
export const LATIN_NAME_PATTERN = /^[A-Za-z][A-Za-z .'-]*$/;
export const KHMER_NAME_PATTERN = /^[\u1780-\u17FF\u19E0-\u19FF\u200B\s]+$/;
/** After normalisePhone: 8 to 15 digits, with + and the country code if abroad. */
export const PHONE_PATTERN = /^\+?\d{8,15}$/;
/** Longest names the registry keeps, in either script. */
export const MAX_NAME_LENGTH = 120;
export const MAX_EMPLOYER_LENGTH = 200;

export function normalisePhone(raw: string): string {
  return raw.replace(/[\s\-().]/g, "");
}

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "validation.choose" });

/** The fields an officer types about a worker, shared by registration and correction. */
const workerFields = {
  fullName: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { message: "validation.required", abort: true })
    .max(MAX_NAME_LENGTH, "validation.tooLong")
    .regex(LATIN_NAME_PATTERN, "validation.latinName")
    .transform((name) => name.replace(/\s+/g, " ").toUpperCase()),
  fullNameKm: optionalText(MAX_NAME_LENGTH).refine(
    (name) => name === undefined || KHMER_NAME_PATTERN.test(name),
    "validation.khmerName",
  ),
  sex: enumOf(SEXES),
  dateOfBirth: isoDate.superRefine((date, ctx) => {
    const today = startOfTodayUtc();
    if (date > today) ctx.addIssue({ code: "custom", message: "validation.birthInFuture" });
    else if (date > yearsBefore(today, MINIMUM_AGE)) ctx.addIssue({ code: "custom", message: "validation.tooYoung" });
    else if (date < yearsBefore(today, 100)) ctx.addIssue({ code: "custom", message: "validation.date" });
  }),
  passportNo: z
    .string({ error: "validation.required" })
    .transform(normalisePassport)
    .pipe(z.string().min(1, { message: "validation.required", abort: true }).regex(PASSPORT_PATTERN, "validation.passport")),
  phone: optionalText(32)
    .transform((phone) => (phone ? normalisePhone(phone) : undefined))
    .refine((phone) => phone === undefined || PHONE_PATTERN.test(phone), "validation.phone"),
  provinceCode: z.string({ error: "validation.choose" }).trim().min(1, { message: "validation.choose", abort: true }).max(40),
  employer: optionalText(MAX_EMPLOYER_LENGTH),
  sector: enumOf(SECTORS),
  scheme: enumOf(SCHEMES),
  deployedOn: optionalIsoDate,
  contractEnd: optionalIsoDate,
};

const countryCode = z
  .string({ error: "validation.choose" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "validation.choose");


type Dated = { dateOfBirth: Date; deployedOn?: Date; contractEnd?: Date; status?: string };

function checkDates(worker: Dated, ctx: z.RefinementCtx) {
  if (worker.status === "DEPLOYED" && !worker.deployedOn) {
    ctx.addIssue({ code: "custom", path: ["deployedOn"], message: "validation.deployedOnRequired" });
  }
  if (worker.deployedOn && worker.deployedOn > startOfTodayUtc()) {
    ctx.addIssue({ code: "custom", path: ["deployedOn"], message: "validation.dateInFuture" });
  }
  if (worker.deployedOn && worker.deployedOn < worker.dateOfBirth) {
    ctx.addIssue({ code: "custom", path: ["deployedOn"], message: "validation.date" });
  }
  if (worker.contractEnd && worker.deployedOn && worker.contractEnd < worker.deployedOn) {
    ctx.addIssue({ code: "custom", path: ["contractEnd"], message: "validation.contractBeforeDeployment" });
  }
}

/** Registering a worker. `confirmDuplicate` says the officer saw the likely duplicates and saves anyway. */
export const WorkerInput = z
  .object({
    ...workerFields,
    destinationCountry: countryCode,
    status: enumOf(INITIAL_STATUSES).default("PRE_DEPARTURE"),
    confirmDuplicate: z.boolean({ error: "validation.invalid" }).optional(),
  })
  .strict()
  .superRefine(checkDates);
export type WorkerInput = z.infer<typeof WorkerInput>;

/**
 * Correcting a record. Status and destination change only through a status change or a transfer.
 * The passport number is sent only to change it: the edit form never shows the full number.
 */
export const WorkerUpdateInput = z
  .object({
    ...workerFields,
    passportNo: z.preprocess(blankToUndefined, workerFields.passportNo.optional()),
    version,
  })
  .strict()
  .superRefine(checkDates);
export type WorkerUpdateInput = z.infer<typeof WorkerUpdateInput>;

/** Fields a correction may empty; the others a worker's record always has. */
export const CLEARABLE_WORKER_FIELDS = ["fullNameKm", "phone", "employer", "deployedOn", "contractEnd"] as const;

/** A correction as a JSON Merge Patch (PATCH /api/v1/workers/{id}): only the fields to change. */
export const WorkerPatch = mergePatchSchema(WorkerUpdateInput, CLEARABLE_WORKER_FIELDS);

export const StatusChangeInput = z
  .object({
    status: enumOf(WORKER_STATUSES),
    effectiveOn: isoDate.refine((date) => date <= startOfTodayUtc(), "validation.dateInFuture"),
    version,
  })
  .strict();
export type StatusChangeInput = z.infer<typeof StatusChangeInput>;

export const TransferInput = z
  .object({
    destinationCountry: countryCode,
    effectiveOn: isoDate.refine((date) => date <= startOfTodayUtc(), "validation.dateInFuture"),
    employer: optionalText(200),
    version,
  })
  .strict();
export type TransferInput = z.infer<typeof TransferInput>;

/** Which status may follow which. A deceased worker's record is closed. */
export const STATUS_TRANSITIONS: Record<(typeof WORKER_STATUSES)[number], readonly (typeof WORKER_STATUSES)[number][]> = {
  PRE_DEPARTURE: ["DEPLOYED", "UNKNOWN", "DECEASED"],
  DEPLOYED: ["RETURNED", "UNKNOWN", "DECEASED"],
  RETURNED: ["PRE_DEPARTURE", "DEPLOYED", "UNKNOWN", "DECEASED"],
  TRANSFERRED_OUT: ["DEPLOYED", "RETURNED", "UNKNOWN", "DECEASED"],
  UNKNOWN: ["PRE_DEPARTURE", "DEPLOYED", "RETURNED", "DECEASED"],
  DECEASED: [],
};
