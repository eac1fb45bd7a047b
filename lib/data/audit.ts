import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { maskPassport } from "@/lib/mask";

type Snapshot = Record<string, unknown>;

/** Dates as YYYY-MM-DD or ISO strings, passports masked: the log never holds a full passport number. */
function redact(snapshot: Snapshot | undefined): Snapshot | undefined {
  if (!snapshot) return undefined;
  return Object.fromEntries(
    Object.entries(snapshot).map(([key, value]) => {
      if (key === "passportNo" && typeof value === "string") return [key, maskPassport(value)];
      if (value instanceof Date) return [key, value.toISOString()];
      return [key, value];
    }),
  );
}

/**
 * Written inside the caller's transaction, so a change and its audit event commit together. The
 * actor is null for what nobody signed in did (a failed sign-in).
 */
export async function recordAudit(
  tx: Pick<Tx, "auditEvent">,
  actor: Actor | null,
  event: { action: string; entityType: string; entityId: string; before?: Snapshot; after?: Snapshot },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id,
      actorRole: actor?.role,
      actorPostId: actor?.postId,
      actorTokenId: actor?.tokenId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: redact(event.before) as object | undefined,
      after: redact(event.after) as object | undefined,
      requestId: actor?.requestId,
    },
  });
}
