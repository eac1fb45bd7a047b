"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { saveQuota } from "@/lib/data/quotas";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import { formInput } from "@/lib/schemas/form-input";
import { QuotaInput } from "@/lib/schemas/reports";
import type { FormState } from "@/lib/errors";

export async function saveQuotaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await saveQuota(actor, formInput(QuotaInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath("/reports/quotas");
  return { ok: true };
}
