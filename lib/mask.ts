/** Lists and exports show only the last four characters of a passport number. */
export function maskPassport(passportNo: string): string {
  return `••••${passportNo.slice(-4)}`;
}

/** Registration numbers as printed on the slip: destination, year of registration, sequence. */
export function formatRegistrationNo(country: string, registeredOn: Date, sequence: bigint | number): string {
  const year = String(registeredOn.getUTCFullYear()).slice(-2);
  return `${country}${year}-${String(sequence).padStart(7, "0")}`;
}

/** Certificate numbers as printed: year of completion, then the sequence, e.g. CERT-2026-000042. */
export function formatCertificateNo(completedOn: Date, sequence: bigint | number): string {
  return `CERT-${completedOn.getUTCFullYear()}-${String(sequence).padStart(6, "0")}`;
}
