import { z } from "zod";
import { normaliseAccessCode } from "@/lib/access-code";
import { normaliseRegistrationNo } from "@/lib/mask";
import { isoDate, requiredText } from "./common";

/**
 * What a worker types to sign in to the portal, from the slip the embassy gave them. Only the
 * shape is checked here; whether the three belong together is the sign-in's one generic answer.
 */
export const PortalSignInInput = z
  .object({
    registrationNo: requiredText(40).transform(normaliseRegistrationNo),
    dateOfBirth: isoDate,
    accessCode: requiredText(40).transform(normaliseAccessCode),
  })
  .strict();
export type PortalSignInInput = z.infer<typeof PortalSignInInput>;

/** The code on the one-time slip, sent back once to have the slip rendered as PDF. */
export const AccessSlipInput = z
  .object({
    code: requiredText(40).transform(normaliseAccessCode),
  })
  .strict();
export type AccessSlipInput = z.infer<typeof AccessSlipInput>;

/** The notifications the worker was shown and now marks seen, as the page listed them. */
export const PortalNotificationsSeenInput = z
  .object({
    notificationIds: z.array(z.uuid({ error: "validation.invalid" })).min(1, "validation.required").max(100, "validation.invalid"),
  })
  .strict();
export type PortalNotificationsSeenInput = z.infer<typeof PortalNotificationsSeenInput>;
