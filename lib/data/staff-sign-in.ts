import "server-only";
import { AppError } from "@/lib/errors";
import { throttledSignIn, type ThrottleKey, type ThrottlePolicy } from "./sign-in-throttle";
import { recordSignInFailure } from "./security-events";
import { startStaffSession } from "./staff-sessions";
import { checkSecondFactor, type SecondFactor } from "./two-factor";
import { authenticateStaff } from "./users";

const quarterHour = 15 * 60_000;
/** Five wrong passwords or codes for one e-mail, then a quarter of an hour's wait, whether the account exists or not. */
const perAccount: ThrottlePolicy = { maxFailures: 5, slowAfter: 3, windowMs: quarterHour, lockMs: quarterHour };
/** An embassy's staff share one address: it may fail more often before it locks. */
const perAddress: ThrottlePolicy = { maxFailures: 20, slowAfter: 10, windowMs: quarterHour, lockMs: quarterHour };

type Checked = { userId: string; secondFactor: SecondFactor | "missing" | "none" };

/**
 * A staff sign-in: the password, and for an account with two-factor sign-in the one-time code (or
 * a recovery code), checked under the throttle for the e-mail and the client address; then a new
 * session. A wrong code is a failure like a wrong password, with the same message. A right
 * password without a code is refused with `login.codeRequired`, which tells the form to ask for it.
 */
export async function signInStaff(
  email: string,
  password: string,
  clientAddress: string,
  code?: string,
): Promise<{ userId: string; sessionId: string; recoveryCodesLeft?: number }> {
  const keys: ThrottleKey[] = [
    { key: `staff:email:${email.trim().toLowerCase()}`, policy: perAccount, clearOnSuccess: true },
    { key: `staff:address:${clientAddress}`, policy: perAddress, clearOnSuccess: false },
  ];
  const result = await throttledSignIn<Checked>(
    keys,
    async () => {
      const user = await authenticateStaff(email, password, clientAddress);
      if (!user) return null;
      if (!user.twoFactor) return { userId: user.id, secondFactor: "none" };
      if (!code?.trim()) return { userId: user.id, secondFactor: "missing" };
      const secondFactor = await checkSecondFactor(user, code);
      if (!secondFactor) {
        await recordSignInFailure(email, user.id, clientAddress);
        return null;
      }
      return { userId: user.id, secondFactor };
    },
    { complete: ({ secondFactor }) => secondFactor !== "missing" },
  );
  if (result.outcome === "locked") throw new AppError("UNAUTHENTICATED", "login.locked");
  if (result.outcome === "failed") throw new AppError("UNAUTHENTICATED", "login.failed");
  const { userId, secondFactor } = result.value;
  if (secondFactor === "missing") throw new AppError("UNAUTHENTICATED", "login.codeRequired");
  const recoveryCodesLeft = typeof secondFactor === "object" && secondFactor.method === "recovery" ? secondFactor.recoveryCodesLeft : undefined;
  return { userId, sessionId: await startStaffSession(userId), recoveryCodesLeft };
}
