import "server-only";
import { noteDatabaseFailure } from "./database-health";
import { expectedError, type FormState } from "./errors";
import type { Actor } from "./auth/permissions";
import { log } from "./log";

/**
 * What an action returns when its data function refused: expected errors go back to the form
 * with what was typed; anything else is logged with the request id and shown as a generic message.
 */
export function failedFormState(failure: unknown, values: Record<string, string>, actor: Actor | null): FormState {
  noteDatabaseFailure(failure);
  const error = expectedError(failure);
  if (error) {
    return { ok: false, fieldErrors: error.fields, formError: error.message, values, details: error.details };
  }
  log("error", "action failed", { error: failure, requestId: actor?.requestId, userId: actor?.id });
  return { ok: false, formError: "errors.unexpected", values };
}
