"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { createWorker } from "@/lib/data/workers";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import type { FormState } from "@/lib/errors";

export async function createWorkerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  let id: string;
  try {
    ({ id } = await createWorker(actor, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  redirect(`/workers/${id}?created=1`);
}
