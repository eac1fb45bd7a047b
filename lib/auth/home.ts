import { pendingStep, type Actor, type PendingStep } from "./permissions";

const pendingStepPath: Record<PendingStep, string> = { passwordChange: "/account/password", twoFactorEnrolment: "/account/two-factor" };

/**
 * The first page each account sees after signing in: its role's home page; a temporary password,
 * then a missing second factor, go first.
 */
export function homePath(actor: Partial<Pick<Actor, "mustChangePassword" | "mustEnrolTwoFactor">>): string {
  const pending = pendingStep(actor);
  return pending ? pendingStepPath[pending] : "/";
}
