"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { failedFormState } from "@/lib/action-state";
import { createCase } from "@/lib/data/cases";
import { addCaseNote, assignCase, confirmCase, moveCase, recordCasePayment, setCaseSensitive, transferCase } from "@/lib/data/case-steps";
import { addCaseAttachments } from "@/lib/data/case-attachments";
import { caseFormValues, uploadsOf } from "@/lib/case-form";
import { formValues } from "@/lib/schemas/common";
import { formInput } from "@/lib/schemas/form-input";
import { CaseAssignInput, CaseNoteInput, CasePaymentInput, CaseSensitiveInput, CaseStepInput, CaseTransferInput } from "@/lib/schemas/case";
import type { FormState } from "@/lib/errors";

export async function createCaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { input, values } = caseFormValues(formData);
  const actor = await getActor();
  let id: string;
  try {
    ({ id } = await createCase(actor, input));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  redirect(`/cases/${id}?done=created`);
}

type CaseChange = (actor: Awaited<ReturnType<typeof getActor>>, id: string, input: Record<string, unknown>) => Promise<unknown>;

/** Each change on the case page: the form's values, as `schema` takes them, to one data function, then the page again. */
function caseChange(change: CaseChange, schema: z.core.$ZodType) {
  return async (id: string, _previous: FormState, formData: FormData): Promise<FormState> => {
    const values = formValues(formData);
    const actor = await getActor();
    try {
      await change(actor, id, formInput(schema, values));
    } catch (error) {
      revalidatePath(`/cases/${id}`);
      return failedFormState(error, values, actor);
    }
    revalidatePath(`/cases/${id}`);
    return { ok: true };
  };
}

const step = caseChange(moveCase, CaseStepInput);
const note = caseChange(addCaseNote, CaseNoteInput);
const assign = caseChange(assignCase, CaseAssignInput);
const transfer = caseChange(transferCase, CaseTransferInput);
const payment = caseChange(recordCasePayment, CasePaymentInput);
const sensitive = caseChange(setCaseSensitive, CaseSensitiveInput);
const confirm = caseChange(confirmCase, CaseAssignInput.pick({ version: true }));

export async function caseStepAction(id: string, previous: FormState, formData: FormData) {
  return step(id, previous, formData);
}
export async function caseNoteAction(id: string, previous: FormState, formData: FormData) {
  return note(id, previous, formData);
}
export async function caseAssignAction(id: string, previous: FormState, formData: FormData) {
  return assign(id, previous, formData);
}
export async function caseTransferAction(id: string, previous: FormState, formData: FormData) {
  const state = await transfer(id, previous, formData);
  // The case has left the actor's post: back to the list, which no longer shows it.
  if (state.ok) redirect("/cases?done=transferred");
  return state;
}
export async function casePaymentAction(id: string, previous: FormState, formData: FormData) {
  return payment(id, previous, formData);
}
export async function caseSensitiveAction(id: string, previous: FormState, formData: FormData) {
  return sensitive(id, previous, formData);
}
export async function caseConfirmAction(id: string, previous: FormState, formData: FormData) {
  return confirm(id, previous, formData);
}

export async function caseAttachAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  try {
    await addCaseAttachments(actor, id, await uploadsOf(formData));
  } catch (error) {
    return failedFormState(error, {}, actor);
  }
  revalidatePath(`/cases/${id}`);
  return { ok: true };
}
