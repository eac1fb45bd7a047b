import { z } from "zod";
import { blankToUndefined, isoDate, optionalIsoDate, optionalText, recordVersion, requiredText, searchText, startOfTodayUtc } from "./common";
import { normalisePassport, normalisePhone, PHONE_PATTERN } from "./worker";

export const CASE_STATUSES = ["RECEIVED", "ACKNOWLEDGED", "ASSESSMENT", "MEDIATION", "REFERRED", "RESOLVED", "CLOSED"] as const;
export const CASE_CATEGORIES = [
  "UNPAID_WAGES",
  "CONTRACT_SUBSTITUTION",
  "RECRUITMENT_FEES_OR_DELAY",
  "DOCUMENTS_WITHHELD",
  "ABUSE_OR_VIOLENCE",
  "INJURY_OR_ILLNESS",
  "DEATH",
  "MISSING_PERSON",
  "DETENTION_OR_STATUS",
  "TRAFFICKING",
  "OTHER",
] as const;
/** What makes a case sensitive by itself, whether or not an officer marked it. */
export const SENSITIVE_CATEGORIES: readonly CaseCategory[] = ["TRAFFICKING", "ABUSE_OR_VIOLENCE", "DEATH"];
/** The ways staff record a complaint; PORTAL and PUBLIC_FORM are set by the online forms themselves. */
export const STAFF_CHANNELS = ["WALK_IN", "HOTLINE", "SOCIAL_MEDIA", "OUTREACH", "REFERRAL", "FAMILY_IN_CAMBODIA"] as const;
export const CASE_CHANNELS = [...STAFF_CHANNELS, "PORTAL", "PUBLIC_FORM"] as const;
export const COMPLAINANTS = ["WORKER", "FAMILY", "REPRESENTATIVE", "ORGANISATION"] as const;
export const REFERRALS = ["LABOUR_OFFICE", "COURT", "NGO", "MINISTRY"] as const;
export const OUTCOMES = ["COMPENSATION_AGREED", "RETURNED_HOME", "CHANGED_EMPLOYER", "NO_REMEDY", "WITHDRAWN"] as const;
/** The currencies of the destinations, Cambodia's riel and the US dollar (ISO 4217). */
export const CURRENCIES = ["USD", "KHR", "THB", "KRW", "MYR", "JPY", "SGD", "HKD", "SAR"] as const;

/** A case is sensitive when marked so or when one of its categories makes it so. */
export function isSensitive(categories: readonly CaseCategory[], markedSensitive: boolean): boolean {
  return markedSensitive || categories.some((category) => SENSITIVE_CATEGORIES.includes(category));
}

export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/**
 * Where a case may go from each step. Moving on from RECEIVED acknowledges it; a case may be
 * resolved at any step (a complaint withdrawn early), and goes between mediation and referral.
 */
export const NEXT_STEPS: Record<CaseStatus, readonly CaseStatus[]> = {
  RECEIVED: ["ACKNOWLEDGED", "RESOLVED"],
  ACKNOWLEDGED: ["ASSESSMENT", "RESOLVED"],
  ASSESSMENT: ["MEDIATION", "REFERRED", "RESOLVED"],
  MEDIATION: ["REFERRED", "RESOLVED"],
  REFERRED: ["MEDIATION", "RESOLVED"],
  RESOLVED: ["CLOSED"],
  CLOSED: [],
};

export const OPEN_STATUSES = CASE_STATUSES.filter((status) => status !== "RESOLVED" && status !== "CLOSED");

/** Workers concerned by one case at most: a large group claim, not a whole register. */
export const MAX_CASE_WORKERS = 500;
export const MAX_DESCRIPTION = 4000;
export const CASE_PAGE_SIZE = 25;

const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "validation.choose" });

/** Several checkboxes arrive as an array; one as a string. */
const categories = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z.array(enumOf(CASE_CATEGORIES), { error: "cases.errors.category" }).min(1, "cases.errors.category").max(CASE_CATEGORIES.length),
).transform((values) => [...new Set(values)]);

/** A form's checkbox ("on") or a JSON boolean. */
const flag = z.preprocess(
  (value) => (value === "on" || value === "true" ? true : value === "" || value === "false" || value === undefined ? false : value),
  z.boolean({ error: "validation.invalid" }),
);

/**
 * An amount of money as typed ("1,200.50", "1 200") or sent as a JSON number: positive, two decimals
 * at most, kept as a string so that nothing is lost to floating point.
 */
export const money = z
  .union([z.number(), z.string()], { error: "cases.errors.amount" })
  .transform((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value.replace(/[\s,]/g, "");
    if (!/^\d{1,12}(\.\d{1,2})?$/.test(text) || Number(text) <= 0) {
      ctx.addIssue({ code: "custom", message: "cases.errors.amount" });
      return z.NEVER;
    }
    return text;
  });
const optionalMoney = z.preprocess(blankToUndefined, money.optional());
const currency = enumOf(CURRENCIES);
const optionalCurrency = z.preprocess(blankToUndefined, currency.optional());

const phone = optionalText(30)
  .transform((value) => (value === undefined ? undefined : normalisePhone(value)))
  .refine((value) => value === undefined || PHONE_PATTERN.test(value), "validation.phone");

/** A person concerned who is not (yet) in the register. */
const UnregisteredPerson = z
  .object({
    fullName: requiredText(120),
    passportNo: optionalText(20).transform((value) => (value ? normalisePassport(value) : undefined)),
    phone,
  })
  .strict();

/** Lines of a textarea ("one per line") or a JSON array. */
const lines = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : (value ?? [])),
    z.array(item).max(MAX_CASE_WORKERS, "cases.errors.tooManyWorkers"),
  );

/** An officer's or the ministry's intake of a complaint (at the counter, by phone...). */
export const CaseInput = z
  .object({
    destinationCountry: z.string({ error: "validation.choose" }).trim().toUpperCase().regex(/^[A-Z]{2}$/, "validation.choose"),
    categories,
    channel: enumOf(STAFF_CHANNELS),
    complainant: enumOf(COMPLAINANTS),
    complainantName: optionalText(120),
    complainantRelation: optionalText(60),
    complainantContact: optionalText(120),
    employer: optionalText(200),
    agencyId: z.preprocess(blankToUndefined, z.uuid({ error: "validation.choose" }).optional()),
    agencyName: optionalText(200),
    description: requiredText(MAX_DESCRIPTION),
    markedSensitive: flag.optional().default(false),
    currency: optionalCurrency,
    amountClaimed: optionalMoney,
    /** Registered workers, by the number on their slip. */
    registrationNos: lines(z.string().trim().toUpperCase().max(20, "validation.tooLong")),
    /** People not yet registered: names (and passport) as the complainant gives them. */
    people: lines(z.union([z.string().transform((line) => ({ fullName: line })), z.object({}).passthrough()]).pipe(UnregisteredPerson)),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.registrationNos.length + input.people.length === 0) ctx.addIssue({ code: "custom", path: ["registrationNos"], message: "cases.errors.noWorker" });
    if (input.registrationNos.length + input.people.length > MAX_CASE_WORKERS) ctx.addIssue({ code: "custom", path: ["people"], message: "cases.errors.tooManyWorkers" });
    if (input.amountClaimed && !input.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "cases.errors.currency" });
    if (input.complainant !== "WORKER" && !input.complainantName) ctx.addIssue({ code: "custom", path: ["complainantName"], message: "validation.required" });
  });
export type CaseInput = z.infer<typeof CaseInput>;

/** A day for a step: not in the future; empty means today. */
const stepDay = z.preprocess(
  blankToUndefined,
  isoDate.refine((date) => date <= startOfTodayUtc(), "cases.errors.future").optional(),
);

/** Moving a case to its next step. */
export const CaseStepInput = z
  .object({
    status: enumOf(CASE_STATUSES),
    version: recordVersion,
    on: stepDay,
    referredTo: z.preprocess(blankToUndefined, enumOf(REFERRALS).optional()),
    outcome: z.preprocess(blankToUndefined, enumOf(OUTCOMES).optional()),
    amountAgreed: optionalMoney,
    currency: optionalCurrency,
    note: optionalText(MAX_DESCRIPTION),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.status === "REFERRED" && !input.referredTo) ctx.addIssue({ code: "custom", path: ["referredTo"], message: "validation.choose" });
    if (input.status === "RESOLVED" && !input.outcome) ctx.addIssue({ code: "custom", path: ["outcome"], message: "validation.choose" });
    if (input.outcome === "COMPENSATION_AGREED") {
      if (!input.amountAgreed) ctx.addIssue({ code: "custom", path: ["amountAgreed"], message: "cases.errors.amount" });
      if (!input.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "cases.errors.currency" });
    }
  });
export type CaseStepInput = z.infer<typeof CaseStepInput>;

export const CaseNoteInput = z.object({ note: requiredText(MAX_DESCRIPTION) }).strict();

export const CaseAssignInput = z.object({ officerId: z.uuid({ error: "validation.choose" }), version: recordVersion }).strict();

/** To another post (its id) or to the ministry in Phnom Penh ("ministry"). */
export const CaseTransferInput = z
  .object({
    to: z.union([z.literal("ministry"), z.uuid()], { error: "validation.choose" }),
    reason: requiredText(1000),
    version: recordVersion,
  })
  .strict();

export const CasePaymentInput = z
  .object({
    amount: money,
    currency,
    receivedOn: isoDate.refine((date) => date <= startOfTodayUtc(), "cases.errors.future"),
    note: optionalText(500),
  })
  .strict();

/** Marking a case sensitive (or no longer, where its categories do not make it so). */
export const CaseSensitiveInput = z.object({ markedSensitive: flag, version: recordVersion }).strict();

/**
 * What a case may have reached, for the report's numbers that open their cases: acknowledged,
 * resolved, an amount claimed, an amount agreed, a payment received.
 */
export const CASE_MILESTONES = ["acknowledgement", "resolution", "claim", "agreement", "payment"] as const;
export type CaseMilestone = (typeof CASE_MILESTONES)[number];

export const CaseListQuery = z
  .object({
    q: searchText,
    status: z.preprocess(blankToUndefined, z.union([enumOf(CASE_STATUSES), z.literal("OPEN")]).optional()),
    category: z.preprocess(blankToUndefined, enumOf(CASE_CATEGORIES).optional()),
    destination: z.preprocess(blankToUndefined, z.string().regex(/^[A-Z]{2}$/, "validation.choose").optional()),
    /** A licensed agency, or "none": cases that name no agency. */
    agency: z.preprocess(blankToUndefined, z.union([z.uuid({ error: "validation.choose" }), z.literal("none")]).optional()),
    /** An agency named by the complainant that is not on the list, as the case names it. */
    agencyName: optionalText(200),
    receivedFrom: optionalIsoDate,
    receivedTo: optionalIsoDate,
    sensitive: flag.optional(),
    has: z.preprocess(blankToUndefined, enumOf(CASE_MILESTONES).optional()),
    mine: flag.optional(),
    overdue: flag.optional(),
    unconfirmed: flag.optional(),
    page: z.preprocess(blankToUndefined, z.coerce.number({ error: "validation.invalid" }).int().min(1, "validation.invalid").max(100_000, "validation.invalid").optional()),
  })
  .strict();
export type CaseListQuery = z.infer<typeof CaseListQuery>;

/** A worker's complaint from the portal: the worker is the one signed in, the post theirs. */
export const PortalComplaintInput = z
  .object({
    categories,
    description: requiredText(MAX_DESCRIPTION),
    employer: optionalText(200),
    agencyName: optionalText(200),
    contact: optionalText(120),
  })
  .strict();

/** A family member's complaint from the public page: who they are, whom it is about, what happened. */
export const FamilyComplaintInput = z
  .object({
    workerName: requiredText(120),
    passportNo: optionalText(20).transform((value) => (value ? normalisePassport(value) : undefined)),
    registrationNo: optionalText(20).transform((value) => value?.toUpperCase()),
    dateOfBirth: optionalIsoDate,
    destinationCountry: z.string({ error: "validation.choose" }).trim().toUpperCase().regex(/^[A-Z]{2}$/, "validation.choose"),
    categories,
    description: requiredText(MAX_DESCRIPTION),
    complainantName: requiredText(120),
    complainantRelation: requiredText(60),
    complainantContact: requiredText(120),
  })
  .strict();

export const CaseSettingsInput = z
  .object({
    acknowledgeWithinDays: z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").min(1, "cases.errors.days").max(365, "cases.errors.days"),
    decideWithinDays: z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").min(1, "cases.errors.days").max(730, "cases.errors.days"),
    version: recordVersion,
  })
  .strict();

export const AgencyInput = z
  .object({
    name: requiredText(200),
    licenceNo: optionalText(60),
    workersSent: z.preprocess(blankToUndefined, z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").min(0, "validation.invalid").max(10_000_000, "validation.invalid").optional()),
  })
  .strict();

export const AgencyUpdateInput = AgencyInput.extend({ retired: flag.optional().default(false), version: recordVersion }).strict();

export const CurrencyRateInput = z
  .object({
    currency,
    usdPerUnit: z
      .union([z.number(), z.string()], { error: "validation.invalid" })
      .transform((value) => String(value).trim())
      .refine((text) => /^\d{1,9}(\.\d{1,8})?$/.test(text) && Number(text) > 0, "cases.errors.rate"),
    asOf: isoDate,
  })
  .strict();
