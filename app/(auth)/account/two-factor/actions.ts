"use server";
import { getActor } from "@/lib/auth/actor";
import { confirmTwoFactorEnrolment, replaceRecoveryCodes } from "@/lib/data/two-factor";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import type { FormState } from "@/lib/errors";

// Recovery codes go back in the action's answer, shown once: never in a URL or the log. The page
// is not revalidated, so that the codes stay on screen until the person moves on.

export async function confirmTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  try {
    const { recoveryCodes } = await confirmTwoFactorEnrolment(actor, formValues(formData));
    return { ok: true, details: { recoveryCodes } };
  } catch (error) {
    // The code is spent or wrong either way: it is not sent back to the form.
    return failedFormState(error, {}, actor);
  }
}

export async function replaceRecoveryCodesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  try {
    const { recoveryCodes } = await replaceRecoveryCodes(actor, formValues(formData));
    return { ok: true, details: { recoveryCodes } };
  } catch (error) {
    return failedFormState(error, {}, actor);
  }
}
