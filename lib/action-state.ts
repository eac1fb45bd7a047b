import "server-only";
import { AppError, type FormState } from "./errors";
import type { Actor } from "./auth/permissions";
import { log } from "./log";

/**
 * What an action returns when its data function refused: expected errors go back to the form
 * with what was typed; anything else is logged with the request id and shown as a generic message.
 */
export function failedFormState(error: unknown, values: Record<string, string>, actor: Actor | null): FormState {
  if (error instanceof AppError) {
    return { ok: false, fieldErrors: error.fields, formError: error.message, values, details: error.details };
  }
  log("error", "action failed", { error, requestId: actor?.requestId, userId: actor?.id });
  return { ok: false, formError: "errors.unexpected", values };
}
