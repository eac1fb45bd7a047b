import "server-only";
import { AppError } from "@/lib/errors";
import { recordDenial } from "./security-events";
import { decide, pendingStep, type Action, type Actor, type PortalActor, type Refusal, type Scope } from "@/lib/auth/permissions";

/** The message a refusal carries, so the person is told what to do first. */
const refusalMessage: Record<Refusal, string> = {
  passwordChange: "errors.passwordChangeRequired",
  twoFactorEnrolment: "errors.twoFactorRequired",
  notGranted: "errors.FORBIDDEN",
};

/**
 * The one permission check each data function makes before anything else: it enforces `decide`,
 * the decision pages show through `can`. It returns the scope so the caller can narrow its query;
 * an anonymous caller is refused outright.
 */
export function authorize(actor: Actor | null, action: Action): { actor: Actor; scope: Scope } {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const decision = decide(actor, action);
  if (decision.allowed) return { actor, scope: decision.scope };
  // Recorded beside the refusal, without holding it up; a pending step is no attempt on another's records.
  if (decision.refusal === "notGranted") void recordDenial(actor, action);
  throw new AppError("FORBIDDEN", refusalMessage[decision.refusal]);
}

/**
 * For what a signed-in person does to their own account's sign-in (setting up two-factor): open
 * to an account that must still set it up, not to one that must first replace a temporary password.
 */
export function authorizeOwnAccount(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (pendingStep(actor) === "passwordChange") throw new AppError("FORBIDDEN", refusalMessage.passwordChange);
  return actor;
}

/** The actor's own post; what is scoped to it is refused to an actor without one. */
export function ownPost(actor: Actor): string {
  if (!actor.postId) throw new AppError("FORBIDDEN");
  return actor.postId;
}

/** A Prisma `where` fragment that keeps only the records the scope allows. */
export function postScope(actor: Actor, scope: Scope): { postId?: string } {
  return scope === "all" ? {} : { postId: ownPost(actor) };
}

/** The portal's one check: a signed-in worker, who then reads only what `workerId` owns. */
export function authorizePortal(actor: PortalActor | null): PortalActor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
