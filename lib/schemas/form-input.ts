import type { z } from "zod";

/**
 * The form boundary. Form fields arrive as strings; the schemas take JSON types (a count is a
 * number, a checkbox a boolean), as the API sends them. This is the one place where a string
 * becomes a number or a boolean: the schemas themselves never coerce.
 */

const KHMER_DIGIT = /[\u17e0-\u17e9]/g;
/** Thousands grouped by commas or by spaces (the no-break ones word processors put there too). */
const GROUPED = /^\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)$/;

/**
 * A count as the ministry prints it and people type it: "1220197", "1,220,197", "1 220 197", or in
 * Khmer digits ("១ ២២០ ១៩៧"). Undefined for anything else (a sign, a fraction, "1e3", "0x10").
 */
export function parseFormCount(text: string): number | undefined {
  const digits = text.trim().replace(KHMER_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x17e0));
  if (!/^\d+$/.test(digits) && !GROUPED.test(digits)) return undefined;
  const count = Number(digits.replace(/\D/g, ""));
  return Number.isSafeInteger(count) ? count : undefined;
}

const YES = new Set(["true", "on", "1", "yes"]);
const NO = new Set(["false", "off", "0", "no"]);

type Kind = "number" | "boolean" | "text";

/** What a field's schema finally takes, through optional, default and preprocessing wrappers. */
function kindOf(schema: z.core.$ZodType): Kind {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; out?: z.core.$ZodType };
  switch (def.type) {
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return kindOf(def.innerType!);
    case "pipe":
      // A preprocess is a transform into the schema that counts; a transform is after it.
      return def.in!._zod.def.type === "transform" ? kindOf(def.out!) : kindOf(def.in!);
    default:
      return "text";
  }
}

function shapeOf(schema: z.core.$ZodType): Record<string, z.core.$ZodType> {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; in?: z.core.$ZodType };
  if (def.type === "object") return def.shape!;
  if (def.type === "pipe") return shapeOf(def.in!);
  return {};
}

/**
 * A form's values as the JSON input `schema` takes: counts and versions as numbers
 * (parseFormCount), checkboxes as booleans, a blank number or checkbox as not given. A value that
 * is no number stays the string it was, for the schema to refuse by name.
 */
export function formInput(schema: z.core.$ZodType, values: Record<string, string>): Record<string, unknown> {
  const shape = shapeOf(schema);
  const input: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    const kind = shape[field] ? kindOf(shape[field]) : "text";
    const text = value.trim();
    if (kind === "text") input[field] = value;
    else if (text === "") continue;
    else if (kind === "number") input[field] = parseFormCount(text) ?? value;
    else input[field] = YES.has(text.toLowerCase()) ? true : NO.has(text.toLowerCase()) ? false : value;
  }
  return input;
}
