"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { setCurrencyRate } from "@/lib/data/currency-rates";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import type { FormState } from "@/lib/errors";

export async function setCurrencyRateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await setCurrencyRate(actor, values);
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath("/reports/currency-rates");
  return { ok: true };
}
