import { twoFactorRequired, type Role } from "@/lib/auth/permissions";

/** On, off (ministry staff who chose not to), or not set up yet where the role requires it. */
export function twoFactorState(account: { role: string; totpEnabledAt: Date | null }, t: (key: string) => string): string {
  if (account.totpEnabledAt) return t("accounts.twoFactorOn");
  return t(twoFactorRequired[account.role as Role] ? "accounts.twoFactorMissing" : "accounts.twoFactorOff");
}
