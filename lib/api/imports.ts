import type { ImportView } from "@/lib/data/imports";
import { english } from "./error-response";

/** An import as the API answers it: the reason a job failed in English, like every API message. */
export function apiImport(view: ImportView) {
  return { ...view, error: view.error ? { message: english(`imports.errors.${view.error.code}`, view.error.values) } : null };
}
