import "server-only";
import { AppError } from "@/lib/errors";
import { throttledSignIn, type ThrottleKey, type ThrottlePolicy } from "./sign-in-throttle";
import { startStaffSession } from "./staff-sessions";
import { authenticateStaff } from "./users";

const quarterHour = 15 * 60_000;
/** Five wrong passwords for one e-mail, then a quarter of an hour's wait, whether the account exists or not. */
const perAccount: ThrottlePolicy = { maxFailures: 5, slowAfter: 3, windowMs: quarterHour, lockMs: quarterHour };
/** An embassy's staff share one address: it may fail more often before it locks. */
const perAddress: ThrottlePolicy = { maxFailures: 20, slowAfter: 10, windowMs: quarterHour, lockMs: quarterHour };

/**
 * A staff sign-in: the password checked under the throttle for the e-mail and the client address,
 * then a new session. Refuses with one message for an unknown e-mail and a wrong password alike,
 * and with another while too many recent failures have locked the e-mail or the address.
 */
export async function signInStaff(email: string, password: string, clientAddress: string): Promise<{ userId: string; sessionId: string }> {
  const keys: ThrottleKey[] = [
    { key: `staff:email:${email.trim().toLowerCase()}`, policy: perAccount, clearOnSuccess: true },
    { key: `staff:address:${clientAddress}`, policy: perAddress, clearOnSuccess: false },
  ];
  const result = await throttledSignIn(keys, () => authenticateStaff(email, password, clientAddress));
  if (result.outcome === "locked") throw new AppError("UNAUTHENTICATED", "login.locked");
  if (result.outcome === "failed") throw new AppError("UNAUTHENTICATED", "login.failed");
  return { userId: result.value.id, sessionId: await startStaffSession(result.value.id) };
}
