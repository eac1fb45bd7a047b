import type { BilingualLabels } from "./bilingual";
import { html, type Html } from "./html";

export const SLIP_LABELS = ["title", "registrationNo", "fullName", "dateOfBirth", "portalAddress", "accessCode", "validUntil", "keepSafe"] as const;
export type SlipLabels = BilingualLabels<(typeof SLIP_LABELS)[number]>;

/** Dates as YYYY-MM-DD, as the portal's sign-in asks for the birth date. */
export type Slip = { code: string; registrationNo: string; fullName: string; fullNameKm: string | null; dateOfBirth: string; validUntil: string };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A slip from what issuing or reprinting the code answers. */
export function slipOf(code: Omit<Slip, "dateOfBirth" | "validUntil"> & { dateOfBirth: Date; validUntil: Date }): Slip {
  return { code: code.code, registrationNo: code.registrationNo, fullName: code.fullName, fullNameKm: code.fullNameKm, dateOfBirth: day(code.dateOfBirth), validUntil: day(code.validUntil) };
}

/**
 * The slip the worker takes home, with the code they sign in to the portal with each time they
 * come back, until the date it is valid until: on the panel that shows the new code, in its
 * print-out and in its PDF. The date of birth is written as the portal's sign-in asks for it.
 */
export function accessSlipDocument({ slip, labels, portalAddress }: { slip: Slip; labels: SlipLabels; portalAddress: string }): Html {
  const rows: [keyof SlipLabels, string, string, string | null][] = [
    ["registrationNo", slip.registrationNo, "doc-mono", null],
    ["fullName", slip.fullNameKm ? `${slip.fullName} · ${slip.fullNameKm}` : slip.fullName, "", null],
    ["dateOfBirth", slip.dateOfBirth, "doc-mono", null],
    ["portalAddress", portalAddress, "doc-mono", null],
    ["accessCode", slip.code, "doc-mono doc-code", "access-code"],
    ["validUntil", slip.validUntil, "doc-mono", "access-code-valid-until"],
  ];
  return html`<section class="doc doc-slip" data-testid="access-slip">
  <p class="doc-title"><span lang="km">${labels.title.km}</span><br><span lang="en">${labels.title.en}</span></p>
  <dl>${rows.map(
    ([label, value, className, testId]) =>
      html`<div><dt><span lang="km">${labels[label].km}</span> · <span lang="en">${labels[label].en}</span></dt><dd class="${className}"${testId ? html` data-testid="${testId}"` : ""}>${value}</dd></div>`,
  )}</dl>
  <p class="doc-note"><span lang="km">${labels.keepSafe.km}</span><br><span lang="en">${labels.keepSafe.en}</span></p>
</section>`;
}
