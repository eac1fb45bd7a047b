"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { failedFormState } from "@/lib/action-state";
import { setReferenceSource } from "@/lib/data/published-figures";
import { formValues } from "@/lib/schemas/common";
import { formInput } from "@/lib/schemas/form-input";
import { ReferenceSourceInput } from "@/lib/schemas/reports";
import type { FormState } from "@/lib/errors";

/** Chooses a destination's reference source (or goes back to the default); the report and the home page follow. */
export async function setReferenceSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await setReferenceSource(actor, formInput(ReferenceSourceInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath("/reports");
  revalidatePath("/");
  return { ok: true, values };
}
