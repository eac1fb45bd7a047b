import { z } from "zod";
import { blankToUndefined, isoDate, optionalText, queryInteger, recordVersion, requiredText } from "./common";
import { WORKER_STATUSES } from "./worker";

export const BREAKDOWN_DIMENSIONS = ["sector", "sex", "province", "scheme", "status"] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

// As the document says: two capital letters (a lower-case code is refused, not read as upper case).
const country = z.preprocess(blankToUndefined, z.string().regex(/^[A-Z]{2}$/, "validation.choose").optional());
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "validation.month");

export const BreakdownQuery = z
  .object({
    by: z.enum(BREAKDOWN_DIMENSIONS, { error: "validation.choose" }),
    country,
    status: z.preprocess(blankToUndefined, z.enum(WORKER_STATUSES, { error: "validation.choose" }).optional()),
  })
  .strict();
export type BreakdownQuery = z.infer<typeof BreakdownQuery>;

export const MonthlyQuery = z
  .object({ country, from: z.preprocess(blankToUndefined, month.optional()), to: z.preprocess(blankToUndefined, month.optional()) })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "validation.monthOrder" });
export type MonthlyQuery = z.infer<typeof MonthlyQuery>;

/** More than Cambodia's population: a number above it is a typing mistake. */
export const MAX_WORKERS = 100_000_000;

/** A JSON number, never a string, null or a list: forms turn what was typed into one (form-input.ts). */
const workers = z.int({ error: "validation.number" }).min(0, "validation.number").max(MAX_WORKERS, "validation.number");

const PublishedFigureInput = z
  .object({ countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "validation.choose"), workers, note: optionalText(500) })
  .strict();

const sourceFields = {
  title: requiredText(300),
  publishedOn: isoDate,
  asOf: isoDate,
  note: optionalText(1000),
  official: z.boolean({ error: "validation.invalid" }).default(false).meta({ description: "Published by the ministry itself (its newest such source is the default reference)" }),
  figures: z.array(PublishedFigureInput).min(1, "validation.figuresRequired").max(250),
};

function checkSource(source: { publishedOn: Date; asOf: Date; figures: { countryCode: string }[] }, ctx: z.RefinementCtx) {
  if (source.asOf > source.publishedOn) ctx.addIssue({ code: "custom", path: ["asOf"], message: "validation.asOfAfterPublished" });
  const seen = new Set<string>();
  source.figures.forEach((figure, index) => {
    if (seen.has(figure.countryCode)) ctx.addIssue({ code: "custom", path: ["figures", index, "countryCode"], message: "validation.countryRepeated" });
    seen.add(figure.countryCode);
  });
}

const RESERVED_SOURCE_IDS = ["new", "import"];

/** A source's id: a short stable key such as molvt-2021, in a URL as it is. */
export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

const sourceVersion = recordVersion.meta({ description: "The version corrected; a stale one is a CONFLICT" });

/** A published source with its per-country numbers, as ministry staff enter or correct it. */
export const PublishedSourceInput = z
  .object({
    id: z
      .string()
      .trim()
      .toLowerCase()
      .regex(SOURCE_ID_PATTERN, "validation.sourceId")
      // These name pages and API paths beside a source's own (/reports/published/new, …/import).
      .refine((id) => !RESERVED_SOURCE_IDS.includes(id), "validation.sourceId"),
    ...sourceFields,
    version: sourceVersion.optional(),
  })
  .strict()
  .superRefine(checkSource);
export type PublishedSourceInput = z.infer<typeof PublishedSourceInput>;

/** A correction of a source named elsewhere (the page or the URL): the version it corrects is required. */
export const PublishedSourceCorrection = z
  .object({ ...sourceFields, version: sourceVersion })
  .strict()
  .superRefine(checkSource);

/** A published-figures file sent to the API; a dry run reports what an import would do and saves nothing. */
export const PublishedImportInput = z
  .object({
    csv: z.string().max(5_000_000, "validation.tooLong").meta({ description: "The file's text, in the columns of published-totals.csv" }),
    dryRun: z.boolean().default(true),
  })
  .strict();

/** The source a destination's headline figure comes from; none (null) goes back to the ministry's newest official one. */
export const ReferenceSourceInput = z
  .object({
    countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "validation.choose"),
    sourceId: z.preprocess((value) => (value === "" ? null : value), z.string().trim().min(1, "validation.choose").max(64, "validation.choose").nullable()),
  })
  .strict();

const year = z.int({ error: "validation.year" }).min(2000, "validation.year").max(2100, "validation.year");

export const QuotaInput = z
  .object({
    countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "validation.choose"),
    year,
    workers,
    note: optionalText(500),
    version: recordVersion.optional(),
  })
  .strict();
export type QuotaInput = z.infer<typeof QuotaInput>;

/** The year whose quotas to show; this year when none is asked for. */
export const QuotaQuery = z.object({ year: z.preprocess(blankToUndefined, queryInteger(2000, 2100).optional()) }).strict();
