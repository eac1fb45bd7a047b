/** Lists and exports show only the last four characters of a passport number. */
export function maskPassport(passportNo: string): string {
  return `••••${passportNo.slice(-4)}`;
}

/**
 * An e-mail typed at sign-in, as the administrators' page shows it: the first character and the
 * domain ("o•••@registry.test"), enough to tell staff from strangers without spelling anyone's
 * address (or a typo of it) out.
 */
export function maskEmail(email: string): string {
  const typed = email.trim().toLowerCase();
  const at = typed.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${typed[0]}•••@${typed.slice(at + 1, at + 1 + 64)}`;
}

/** C-<destination>-<year>-<number>: the case reference the complainant is given and quotes on the phone. */
export function formatCaseReference(country: string, on: Date, sequence: bigint | number): string {
  return `C-${country}-${on.getUTCFullYear()}-${String(sequence).padStart(6, "0")}`;
}

/** Registration numbers as printed on the slip: destination, year of registration, sequence. */
export function formatRegistrationNo(country: string, registeredOn: Date, sequence: bigint | number): string {
  const year = String(registeredOn.getUTCFullYear()).slice(-2);
  return `${country}${year}-${String(sequence).padStart(7, "0")}`;
}

/**
 * A registration number as a worker types it from the slip, in the form it is stored: any case,
 * with or without spaces and the dash ("kr26 0000042" → "KR26-0000042").
 */
export function normaliseRegistrationNo(typed: string): string {
  const compact = compactTyped(typed);
  const parts = /^([A-Z]{2}\d{2})(\d{7})$/.exec(compact);
  return parts ? `${parts[1]}-${parts[2]}` : compact;
}

/** Upper case, without the spaces and dashes (of any kind) that people type between groups. */
export function compactTyped(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-\u2010-\u2015]/g, "");
}

/** Certificate numbers as printed: year of completion, then the sequence, e.g. CERT-2026-000042. */
export function formatCertificateNo(completedOn: Date, sequence: bigint | number): string {
  return `CERT-${completedOn.getUTCFullYear()}-${String(sequence).padStart(6, "0")}`;
}
