"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { updateCaseSettings } from "@/lib/data/case-settings";
import { failedFormState } from "@/lib/action-state";
import { CaseSettingsInput } from "@/lib/schemas/case";
import { formValues } from "@/lib/schemas/common";
import { formInput } from "@/lib/schemas/form-input";
import type { FormState } from "@/lib/errors";

export async function updateCaseSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await updateCaseSettings(actor, formInput(CaseSettingsInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath("/admin/case-settings");
  return { ok: true };
}
