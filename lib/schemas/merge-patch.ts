import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** RFC 7396: members of the patch replace the target's, null removes one, objects merge member by member. */
function merge(target: Json, patch: Json): Json {
  const result: Json = { ...target };
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) delete result[name];
    else result[name] = isObject(value) && isObject(result[name]) ? merge(result[name] as Json, value) : value;
  }
  return result;
}

/**
 * A JSON Merge Patch (RFC 7396) of a stored record: what the patch leaves out stays as stored, null
 * clears a field. The result is the whole record, for the same schema as a form's to validate.
 * Refused before that: a patch that is no JSON object, and null for a field that is not among
 * `clearable` (a required field cannot be emptied; an unknown one cannot be named).
 */
export function applyMergePatch(stored: Json, patch: unknown, { fields, clearable }: { fields: readonly string[]; clearable: readonly string[] }): Json {
  if (!isObject(patch)) throw new AppError("VALIDATION", "errors.VALIDATION", { _form: ["validation.mergePatch"] });
  const refused: FieldErrors = {};
  for (const [name, value] of Object.entries(patch)) {
    if (value !== null || clearable.includes(name)) continue;
    // As the schemas refuse a field they do not know: about the input as a whole.
    if (fields.includes(name)) refused[name] = ["validation.required"];
    else refused._form = ["validation.unknownField"];
  }
  if (Object.keys(refused).length) throw new AppError("VALIDATION", "errors.VALIDATION", refused);
  return merge(stored, patch);
}

/**
 * The schema of a merge patch of records `schema` validates whole: every field optional, null
 * allowed for the `clearable` ones. It checks each field's type before the merge; the merged record
 * is then validated with `schema` itself, with its checks across fields.
 */
export function mergePatchSchema(schema: z.ZodObject, clearable: readonly string[]) {
  return z
    .object(Object.fromEntries(Object.entries(schema.shape).map(([name, field]) => [name, clearable.includes(name) ? field.nullable().optional() : field.optional()])))
    .strict();
}
