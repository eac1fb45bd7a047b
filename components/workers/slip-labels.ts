/** The slip's labels, under portal.slip in the catalogues; outside the client component so the page can read them. */
export const SLIP_LABELS = ["title", "registrationNo", "fullName", "dateOfBirth", "portalAddress", "accessCode", "keepSafe"] as const;

/** Each label in Khmer and English: the worker reads the slip, whatever language the officer uses. */
export type SlipLabels = Record<(typeof SLIP_LABELS)[number], { km: string; en: string }>;
