"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { issueApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import type { FormState } from "@/lib/errors";

// The token goes back in the action's answer, shown once: never in a URL or the log.
export async function issueTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    const { token } = await issueApiToken(actor, values);
    revalidatePath("/admin/tokens");
    return { ok: true, details: { token, name: values.name } };
  } catch (error) {
    return failedFormState(error, values, actor);
  }
}

export async function revokeTokenAction(id: string): Promise<FormState> {
  const actor = await getActor();
  try {
    await revokeApiToken(actor, id);
  } catch (error) {
    return failedFormState(error, {}, actor);
  }
  revalidatePath("/admin/tokens");
  return { ok: true };
}
