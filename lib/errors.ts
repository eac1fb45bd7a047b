import { isDatabaseUnavailable } from "./database-unavailable";

/**
 * Expected failures, raised by lib/data and turned into form state (actions), HTTP statuses (API)
 * and Next's notFound/forbidden/redirect (pages). Messages are keys into messages/*.json.
 */
export const APP_ERROR_CODES = [
  "BAD_REQUEST",
  "TOO_LARGE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "VALIDATION",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "DUPLICATE",
  "IDEMPOTENCY_KEY_REUSED",
  "RATE_LIMITED",
  "UNAVAILABLE",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = `errors.${code}`,
    readonly fields?: FieldErrors,
    /** What the client needs to resolve it: the current record on a conflict, the matches on a duplicate. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const httpStatus: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  VALIDATION: 422,
  CONFLICT: 409,
  /** If-Match named another version than the record's. */
  PRECONDITION_FAILED: 412,
  DUPLICATE: 409,
  /** The same Idempotency-Key with another request. */
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/**
 * The failure as an expected one: lib/data's refusals as they are, the database out of reach as
 * UNAVAILABLE (the service is down for a while, not broken); anything else is unexpected (null).
 */
export function expectedError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError("UNAVAILABLE");
  return null;
}

/**
 * A refusal of one field. `values` fill the message's `{name}` arguments; they travel in
 * `details.messageValues`, so forms call `t(key, details.messageValues)` and the API fills them in.
 */
export function fieldError(field: string, messageKey: string, values?: MessageValues): AppError {
  return new AppError("VALIDATION", "errors.VALIDATION", { [field]: [messageKey] }, values ? { messageValues: values } : undefined);
}

export type MessageValues = Record<string, string | number>;

/** What a server action returns to its form: the form re-renders with what was typed. */
export type FormState = {
  ok: boolean;
  fieldErrors?: FieldErrors;
  formError?: string;
  values?: Record<string, string>;
  details?: Record<string, unknown>;
};
