"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { createAgency, updateAgency } from "@/lib/data/recruitment-agencies";
import { failedFormState } from "@/lib/action-state";
import { AgencyInput, AgencyUpdateInput } from "@/lib/schemas/case";
import { formValues } from "@/lib/schemas/common";
import { formInput } from "@/lib/schemas/form-input";
import type { FormState } from "@/lib/errors";

export async function createAgencyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await createAgency(actor, formInput(AgencyInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath("/admin/agencies");
  return { ok: true };
}

export async function updateAgencyAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await updateAgency(actor, id, formInput(AgencyUpdateInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath("/admin/agencies");
  redirect("/admin/agencies?done=updated");
}
