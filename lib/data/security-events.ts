import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { log } from "@/lib/log";
import { maskEmail } from "@/lib/mask";
import { recordAudit } from "./audit";

/**
 * Failed sign-ins and refused requests, logged and kept in the audit trail for the people who
 * watch for attacks. They are recorded beside the refusal, never instead of it: a failure to
 * record is logged and the refusal stands.
 */

/** An e-mail typed at sign-in, kept as a digest: the trail groups attempts without storing addresses that may be typos of someone else's. */
export function emailDigest(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 16);
}

/** The e-mail is kept masked beside the digest, with the client's address, for the administrators' list of recent failures. */
export async function recordSignInFailure(email: string, userId: string | null, clientAddress?: string): Promise<void> {
  const entityId = userId ?? `email:${emailDigest(email)}`;
  log("warn", "staff sign-in failed", { userId, emailDigest: emailDigest(email), clientAddress });
  try {
    await recordAudit(db, null, { action: "auth.signInFailed", entityType: "User", entityId, after: { email: maskEmail(email), address: clientAddress ?? null } });
  } catch (error) {
    log("error", "could not record a failed sign-in", { error, clientAddress });
  }
}

/** A signed-in actor refused something: what they tried, on which page or endpoint. */
export async function recordDenial(actor: Actor | null, where: string): Promise<void> {
  if (!actor) return;
  log("warn", "authorization denied", { userId: actor.id, role: actor.role, where, requestId: actor.requestId });
  try {
    await recordAudit(db, actor, { action: "auth.denied", entityType: "Request", entityId: where });
  } catch (error) {
    log("error", "could not record an authorization denial", { error, requestId: actor.requestId });
  }
}
