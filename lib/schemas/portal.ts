import { z } from "zod";
import { normaliseAccessCode } from "@/lib/access-code";
import { normaliseRegistrationNo } from "@/lib/mask";
import { isoDate } from "./common";

const typed = (max: number) =>
  z.string({ error: "validation.required" }).trim().min(1, { message: "validation.required", abort: true }).max(max, "validation.tooLong");

/**
 * What a worker types to sign in to the portal, from the slip the embassy gave them. Only the
 * shape is checked here; whether the three belong together is the sign-in's one generic answer.
 */
export const PortalSignInInput = z
  .object({
    registrationNo: typed(40).transform(normaliseRegistrationNo),
    dateOfBirth: isoDate,
    accessCode: typed(40).transform(normaliseAccessCode),
  })
  .strict();
export type PortalSignInInput = z.infer<typeof PortalSignInInput>;
