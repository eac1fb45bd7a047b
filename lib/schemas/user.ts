import { z } from "zod";
import { blankToUndefined, recordVersion, requiredText } from "./common";

export const ROLES = ["ADMIN", "OFFICER", "MINISTRY"] as const;

const email = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { message: "validation.required", abort: true })
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 200;

/**
 * A password a person chooses, as NIST SP 800-63B asks: long enough, no composition rules; counted
 * in characters as they see them, so Khmer passwords count fairly. That it is not a common one is
 * checked on the server (lib/auth/password-policy.ts).
 */
export const NewPassword = z
  .string({ error: "validation.required" })
  .min(1, { message: "validation.required", abort: true })
  .refine((value) => [...value].length >= MIN_PASSWORD_LENGTH, { message: "validation.passwordTooShort", abort: true })
  .refine((value) => value.length <= MAX_PASSWORD_LENGTH, { message: "validation.tooLong", abort: true });


/** Who the account is and what it may do: an officer belongs to one post, the others to none. */
const accountFields = {
  name: requiredText(120),
  role: z.enum(ROLES, { error: "validation.choose" }),
  postId: z.preprocess(blankToUndefined, z.uuid("validation.choose").optional()),
};

function checkPost(account: { role: (typeof ROLES)[number]; postId?: string }, ctx: z.RefinementCtx) {
  if (account.role === "OFFICER" && !account.postId) ctx.addIssue({ code: "custom", path: ["postId"], message: "validation.officerNeedsPost" });
  if (account.role !== "OFFICER" && account.postId) ctx.addIssue({ code: "custom", path: ["postId"], message: "validation.onlyOfficersHavePost" });
}

export const UserCreateInput = z.object({ email, ...accountFields }).strict().superRefine(checkPost);
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserUpdateInput = z.object({ ...accountFields, version: recordVersion }).strict().superRefine(checkPost);
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

export const UserVersionInput = z.object({ version: recordVersion }).strict();

export const PasswordChangeInput = z
  .object({
    currentPassword: z.string({ error: "validation.required" }).min(1, "validation.required").max(200, "validation.tooLong"),
    newPassword: NewPassword,
    confirmPassword: z.string({ error: "validation.required" }),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.newPassword !== input.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "validation.passwordsDiffer" });
    if (input.newPassword === input.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "validation.passwordUnchanged" });
  });

/** What a machine client may act as: officer of one post or ministry staff, never an administrator. */
export const ApiTokenInput = z
  .object({
    name: requiredText(80),
    role: z.enum(["OFFICER", "MINISTRY"], { error: "validation.choose" }),
    postId: accountFields.postId,
    // From the form's field (text): days until it expires, 90 unless said, a year at most.
    expiresInDays: z.preprocess((value) => (value === "" || value === undefined ? 90 : value), z.coerce.number({ error: "tokens.expiresInDaysInvalid" }).int("tokens.expiresInDaysInvalid").min(1, "tokens.expiresInDaysInvalid").max(365, "tokens.expiresInDaysInvalid")),
  })
  .strict()
  .superRefine(checkPost);
