import { z } from "zod";
import { AppError } from "@/lib/errors";

/** PostgreSQL text cannot hold the NUL character: such input is refused, never sent to the database. */
const withoutNul = (value: string) => !value.includes("\u0000");

/**
 * A record's id as PostgreSQL's uuid type reads it. An id from a URL that is not one names no
 * record: it is answered as not found before the database would fail on the cast.
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A blank form field or query parameter means "not given", for a schema wrapped in `z.preprocess`. */
export const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Optional text: empty (what a blank form field sends) or null (JSON's "none") means "not given". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .refine(withoutNul, "validation.invalid")
    .transform((value) => value || undefined)
    .nullish()
    .transform((value) => value ?? undefined);

/** Text a form must have, trimmed. */
export const requiredText = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { message: "validation.required", abort: true })
    .max(max, "validation.tooLong")
    .refine(withoutNul, "validation.invalid");

/** What is typed into a search box: up to 100 characters; empty means no search. */
export const searchText = z.preprocess(
  blankToUndefined,
  z.string().trim().max(100, "validation.tooLong").refine(withoutNul, "validation.invalid").optional(),
);

/** The record's version as the client last saw it; a stale one is a conflict, never an overwrite. */
export const recordVersion = z
  .int({ error: (issue) => (issue.input === undefined ? "validation.required" : "validation.invalid") })
  .positive("validation.invalid");

/** A calendar date as YYYY-MM-DD (what <input type="date"> sends), kept as a UTC midnight Date. */
export const isoDate = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { message: "validation.required", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "validation.date" });
      return z.NEVER;
    }
    return date;
  })
  .meta({ format: "date" });

/** An optional date: empty (a blank form field) or null (JSON's "none") means "not given". */
export const optionalIsoDate = z.preprocess((value) => (value === "" || value === null ? undefined : value), isoDate.optional());

/**
 * A whole number in a URL's query string: digits only, so "1e3", "0x10", "+5" or " 5" are refused,
 * not read as numbers (the pages' own calls may pass the number itself). Documented as the integer it is.
 */
export const queryInteger = (min: number, max: number) =>
  z
    .union([z.int(), z.string().regex(/^\d{1,9}$/).transform(Number)], { error: "validation.invalid" })
    .pipe(z.int().min(min, "validation.invalid").max(max, "validation.invalid"))
    .meta({ type: "integer", minimum: min, maximum: max, anyOf: undefined });

/** Today's date at UTC midnight, the unit in which birth and deployment dates are compared. */
export function startOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The next day at UTC midnight: the end, not included, of a range of days that ends on `date`. */
export function dayAfter(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
}

export function yearsBefore(date: Date, years: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear() - years, date.getUTCMonth(), date.getUTCDate()));
}

/** FormData to a plain object of strings, for the schema; files and repeated keys are not used here. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** A key into messages/*.json such as "validation.required" or "courses.errors.capacity", not zod's own wording. */
const MESSAGE_KEY = /^[a-z][A-Za-z]*(\.[A-Za-z][A-Za-z0-9]*)+$/;

/** Zod issues as field → message keys, the shape forms and the API share. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    const message = issue.code === "unrecognized_keys" ? "validation.unknownField" : issue.message;
    (fields[key] ??= []).push(MESSAGE_KEY.test(message) ? message : "validation.invalid");
  }
  return fields;
}

/** Validates input for a data function: invalid input is a VALIDATION error with every field's reasons. */
export function parseInput<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.VALIDATION", fieldErrorsOf(parsed.error));
  return parsed.data;
}
