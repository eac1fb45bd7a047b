"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { changeOwnPassword } from "@/lib/data/users";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import type { FormState } from "@/lib/errors";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  try {
    await changeOwnPassword(actor, formValues(formData));
  } catch (error) {
    // Passwords are never sent back to the form.
    return failedFormState(error, {}, actor);
  }
  // Every session of the account has ended, this one too: sign in with the new password.
  redirect("/login?passwordChanged=1");
}
