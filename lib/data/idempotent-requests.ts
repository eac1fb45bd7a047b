import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** How long a key holds: a retry a day later is a new request. */
const KEY_LIFETIME_HOURS = 24;

export type StoredAnswer = { status: number; body: unknown; headers: Record<string, string> };

/** Each client's keys are its own: an API token's, or the staff user's when signed in to the pages. */
const clientOf = (actor: Actor) => actor.tokenId ?? actor.id;

/**
 * Claims an idempotency key for a request (`requestHash` names it). Null when the request is new:
 * answer it, then keepIdempotentAnswer (or releaseIdempotencyKey when it failed). The first answer
 * when it is a retry of the same request within the key's lifetime. Refused when the key came with
 * another request (IDEMPOTENCY_KEY_REUSED), or while the first is still being answered (CONFLICT).
 */
export async function claimIdempotencyKey(actor: Actor, key: string, requestHash: string): Promise<StoredAnswer | null> {
  const client = clientOf(actor);
  await db.$executeRaw`
    DELETE FROM "IdempotentRequest"
    WHERE client = ${client} AND key = ${key} AND "createdAt" < now() - make_interval(hours => ${KEY_LIFETIME_HOURS})`;
  // One statement claims the key or finds it taken, so two retries racing cannot both go ahead.
  const claimed = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "IdempotentRequest" (id, client, key, "requestHash") VALUES (gen_random_uuid(), ${client}, ${key}, ${requestHash})
    ON CONFLICT (client, key) DO NOTHING RETURNING id`;
  if (claimed.length) return null;
  const first = await db.idempotentRequest.findUnique({
    where: { client_key: { client, key } },
    select: { requestHash: true, status: true, body: true, headers: true },
  });
  if (first && first.requestHash !== requestHash) throw new AppError("IDEMPOTENCY_KEY_REUSED");
  if (!first || first.status === null) throw new AppError("CONFLICT", "errors.idempotentRequestRunning");
  return { status: first.status, body: first.body, headers: first.headers as Record<string, string> };
}

/** The answer to replay for the key claimed. */
export async function keepIdempotentAnswer(actor: Actor, key: string, answer: StoredAnswer): Promise<void> {
  await db.idempotentRequest.update({
    where: { client_key: { client: clientOf(actor), key } },
    data: { status: answer.status, body: answer.body as Prisma.InputJsonValue, headers: answer.headers },
  });
}

/** The request failed: nothing to replay, and the client may send it again with the same key. */
export async function releaseIdempotencyKey(actor: Actor, key: string): Promise<void> {
  await db.idempotentRequest.deleteMany({ where: { client: clientOf(actor), key, status: null } });
}
