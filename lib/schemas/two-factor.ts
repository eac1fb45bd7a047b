import { z } from "zod";

/** The six digits an authenticator app shows, as typed (spaces allowed: some apps show `123 456`). */
export const TwoFactorCodeInput = z
  .object({
    code: z
      .string({ error: "validation.required" })
      .transform((value) => value.replace(/\s/g, ""))
      .pipe(z.string().min(1, { message: "validation.required", abort: true }).regex(/^\d{6}$/, "validation.twoFactorCodeFormat")),
  })
  .strict();
export type TwoFactorCodeInput = z.infer<typeof TwoFactorCodeInput>;
