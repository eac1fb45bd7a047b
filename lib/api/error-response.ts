import { z } from "zod";
import { expectedError, httpStatus, type AppErrorCode, type FieldErrors, type MessageValues } from "@/lib/errors";
import en from "@/messages/en.json" with { type: "json" };
import { ApiError } from "./responses";

/**
 * The English text of a message key such as "validation.passport", with its simple `{name}`
 * arguments filled in; the key itself if there is none.
 */
export function english(key: string, values: Record<string, string | number> = {}): string {
  const text = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), en);
  if (typeof text !== "string") return key;
  return text.replace(/\{(\w+)\}/g, (argument, name: string) => (name in values ? String(values[name]) : argument));
}

/**
 * A request whose only input is its URL (no body) that fails validation is a bad request (400);
 * a body that fails validation is well-formed but unprocessable (422).
 */
export function errorStatus(code: AppErrorCode, { fromUrl }: { fromUrl: boolean }): number {
  return code === "VALIDATION" && fromUrl ? 400 : httpStatus[code];
}

function englishFields(fields: FieldErrors, values?: MessageValues): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([field, keys]) => [field, keys.map((key) => english(key, values))]));
}

/**
 * The status and body for a failed request: an expected refusal in English with what the client
 * needs to resolve it (the current record, the likely duplicates); the database out of reach a
 * 503 UNAVAILABLE; anything else a bare 500.
 */
export function errorResponse(failure: unknown, { fromUrl, requestId }: { fromUrl: boolean; requestId?: string }): { status: number; body: unknown } {
  const error = expectedError(failure);
  if (error) {
    // The message arguments are spelt out in the English text rather than sent alongside it.
    const { messageValues, ...details } = (error.details ?? {}) as { messageValues?: MessageValues };
    const body = {
      error: {
        code: error.code,
        message: english(error.message, messageValues),
        ...(error.fields ? { fields: englishFields(error.fields, messageValues) } : {}),
        ...details,
      },
    };
    const encoded = ApiError.safeEncode(body as ApiError);
    if (encoded.success) return { status: errorStatus(error.code, { fromUrl }), body: encoded.data };
  }
  const internal: ApiError = { error: { code: "INTERNAL", message: english("errors.unexpected"), requestId } };
  return { status: 500, body: z.encode(ApiError, internal) };
}
