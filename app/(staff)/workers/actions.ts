"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { createWorker, revealPassport, updateWorker } from "@/lib/data/workers";
import { changeWorkerStatus, transferWorker } from "@/lib/data/worker-lifecycle";
import { issueAccessCode } from "@/lib/data/portal-access";
import { slipOf } from "@/lib/documents/access-slip-document";
import { clearDuplicateFlag } from "@/lib/data/duplicate-flags";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import { formInput } from "@/lib/schemas/form-input";
import { StatusChangeInput, TransferInput, WorkerInput, WorkerUpdateInput } from "@/lib/schemas/worker";
import type { FormState } from "@/lib/errors";

export async function createWorkerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  let id: string;
  try {
    ({ id } = await createWorker(actor, formInput(WorkerInput, values)));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  redirect(`/workers/${id}?done=created`);
}

export async function updateWorkerAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await updateWorker(actor, id, formInput(WorkerUpdateInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  redirect(`/workers/${id}?done=updated`);
}

export async function changeStatusAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await changeWorkerStatus(actor, id, formInput(StatusChangeInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath(`/workers/${id}`);
  return { ok: true };
}

export async function transferWorkerAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await transferWorker(actor, id, formInput(TransferInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  // The record now belongs to the receiving post: this officer may no longer open it.
  redirect(`/workers?transferred=${encodeURIComponent(values.destinationCountry ?? "")}`);
}

export async function revealPassportAction(id: string): Promise<FormState> {
  const actor = await getActor();
  try {
    return { ok: true, details: { passportNo: await revealPassport(actor, id) } };
  } catch (error) {
    return failedFormState(error, {}, actor);
  }
}

/** The new code goes back in the action's answer only, for the slip: never in a URL or a log. */
export async function issueAccessCodeAction(id: string): Promise<FormState> {
  const actor = await getActor();
  try {
    const issued = await issueAccessCode(actor, id);
    revalidatePath(`/workers/${id}`);
    return { ok: true, details: { slip: slipOf(issued) } };
  } catch (error) {
    return failedFormState(error, {}, actor);
  }
}

export async function clearDuplicateFlagAction(id: string): Promise<FormState> {
  const actor = await getActor();
  try {
    await clearDuplicateFlag(actor, id);
  } catch (error) {
    return failedFormState(error, {}, actor);
  }
  revalidatePath(`/workers/${id}`);
  return { ok: true };
}
