import { z } from "zod";
import { isoDate, optionalIsoDate, optionalText, startOfTodayUtc, yearsBefore } from "./common";

export const SEXES = ["M", "F", "X"] as const;
export const SCHEMES = ["EPS", "MOU", "TECHNICAL_INTERN", "SPECIFIED_SKILLED_WORKER", "DOMESTIC_WORK", "OTHER"] as const;
export const SECTORS = ["AGRICULTURE", "CONSTRUCTION", "MANUFACTURING", "FISHING", "SERVICES", "HOSPITALITY", "DOMESTIC_WORK", "OTHER"] as const;
export const WORKER_STATUSES = ["PRE_DEPARTURE", "DEPLOYED", "RETURNED", "TRANSFERRED_OUT", "DECEASED", "UNKNOWN"] as const;
/** A record starts before departure or abroad; the other statuses are reached by later changes. */
export const INITIAL_STATUSES = ["PRE_DEPARTURE", "DEPLOYED"] as const;

/** The youngest a registered worker can be, in years (Cambodia's minimum age for work abroad is higher). */
export const MINIMUM_AGE = 15;

/** Passport numbers are the registry's key: compare them upper case, without spaces or dashes. */
export function normalizePassport(raw: string): string {
  return raw.replace(/[\s\-–.]/g, "").toUpperCase();
}

/** One or two letters then six to eight digits, as on Cambodian passports (e.g. N0123456). */
export const PASSPORT_PATTERN = /^[A-Z]{1,2}\d{6,8}$/;

export function normalizePhone(raw: string): string {
  return raw.replace(/[\s\-().]/g, "");
}

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "validation.choose" });

export const WorkerInput = z
  .object({
    fullName: z
      .string({ error: "validation.required" })
      .trim()
      .min(1, { message: "validation.required", abort: true })
      .max(120, "validation.tooLong")
      .regex(/^[A-Za-z][A-Za-z .'-]*$/, "validation.latinName")
      .transform((name) => name.replace(/\s+/g, " ").toUpperCase()),
    fullNameKm: optionalText(120).refine(
      (name) => name === undefined || /^[\u1780-\u17FF\u19E0-\u19FF\u200B\s]+$/.test(name),
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
      .transform(normalizePassport)
      .pipe(z.string().min(1, { message: "validation.required", abort: true }).regex(PASSPORT_PATTERN, "validation.passport")),
    phone: optionalText(32)
      .transform((phone) => (phone ? normalizePhone(phone) : undefined))
      .refine((phone) => phone === undefined || /^\+?\d{8,15}$/.test(phone), "validation.phone"),
    provinceCode: z.string({ error: "validation.choose" }).trim().min(1, { message: "validation.choose", abort: true }).max(40),
    destinationCountry: z
      .string({ error: "validation.choose" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "validation.choose"),
    employer: optionalText(200),
    sector: enumOf(SECTORS),
    scheme: enumOf(SCHEMES),
    status: enumOf(INITIAL_STATUSES).default("PRE_DEPARTURE"),
    deployedOn: optionalIsoDate,
    contractEnd: optionalIsoDate,
  })
  .strict()
  .superRefine((worker, ctx) => {
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
  });

export type WorkerInput = z.infer<typeof WorkerInput>;

export const WorkerListQuery = z
  .object({
    cursor: z.string().uuid().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type WorkerListQuery = z.infer<typeof WorkerListQuery>;
