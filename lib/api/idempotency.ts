import "server-only";
import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/permissions";
import { claimIdempotencyKey, keepIdempotentAnswer, releaseIdempotencyKey, type StoredAnswer } from "@/lib/data/idempotent-requests";
import { AppError } from "@/lib/errors";

/** Visible ASCII, as Stripe's and the IETF draft's keys are (a UUID fits). */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key header, if it sent one; a malformed one is refused. */
export function idempotencyKeyOf(request: NextRequest): string | undefined {
  const key = request.headers.get("idempotency-key");
  if (key === null) return undefined;
  if (!KEY.test(key)) throw new AppError("VALIDATION", "errors.VALIDATION", { "Idempotency-Key": ["validation.idempotencyKey"] });
  return key;
}

/** JSON with its object members in one order, so that the same body hashes the same however it was written. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, member]) => [name, canonical(member)]));
  }
  return value;
}

type IdempotentRequest = { key: string; method: string; path: string; body: unknown };

/**
 * Answers a create once per Idempotency-Key: the same request again (same method, path and JSON
 * body) within a day gets the first answer back, marked `Idempotent-Replayed: true`, and nothing is
 * created twice; the same key with another request is refused. A failed request keeps nothing, so
 * it can be retried with its key.
 */
export async function once<T extends StoredAnswer | { file: unknown }>(actor: Actor, request: IdempotentRequest, answer: () => Promise<T>): Promise<T | StoredAnswer> {
  const requestHash = createHash("sha256").update(JSON.stringify(canonical([request.method, request.path, request.body ?? null]))).digest("hex");
  const first = await claimIdempotencyKey(actor, request.key, requestHash);
  if (first) return { ...first, headers: { ...first.headers, "Idempotent-Replayed": "true" } };
  try {
    const outcome = await answer();
    if ("status" in outcome) await keepIdempotentAnswer(actor, request.key, outcome);
    return outcome;
  } catch (error) {
    await releaseIdempotencyKey(actor, request.key);
    throw error;
  }
}
