"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { correctPublishedSource, importPublishedFigures, savePublishedSource, setPublishedSourceRetired } from "@/lib/data/published-figures";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import { formFieldErrors, sourceFromForm, type SourceFromForm } from "@/lib/published-source-form";
import type { Actor } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/errors";

const LIST = "/reports/published";

type Save = (actor: Actor | null, input: SourceFromForm) => Promise<{ id: string }>;

async function saveSource(formData: FormData, save: Save): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  const input = sourceFromForm(values);
  let id: string;
  try {
    ({ id } = await save(actor, input));
  } catch (error) {
    const state = failedFormState(error, values, actor);
    return { ...state, fieldErrors: formFieldErrors(state.fieldErrors, input.figures) };
  }
  revalidatePath(LIST);
  redirect(`${LIST}?saved=${encodeURIComponent(id)}`);
}

export async function createPublishedSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveSource(formData, savePublishedSource);
}

export async function correctPublishedSourceAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return saveSource(formData, (actor, input) => correctPublishedSource(actor, id, input));
}

export async function setSourceRetiredAction(id: string, retired: boolean): Promise<FormState> {
  const actor = await getActor();
  try {
    await setPublishedSourceRetired(actor, id, retired);
  } catch (error) {
    return failedFormState(error, {}, actor);
  }
  revalidatePath(LIST);
  return { ok: true };
}

/** A file chosen wins over pasted text; the text checked goes back to the form, so the import sends what the dry run saw. */
export async function importPublishedFiguresAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const file = formData.get("file");
  const csv = file instanceof File && file.size > 0 ? await file.text() : String(formData.get("csv") ?? "");
  const dryRun = formData.get("mode") !== "import";
  try {
    const result = await importPublishedFigures(actor, csv, { dryRun });
    const imported = !dryRun && result.problems.length === 0;
    if (imported) revalidatePath(LIST);
    return { ok: result.problems.length === 0, values: imported ? {} : { csv }, details: { result } };
  } catch (error) {
    return failedFormState(error, { csv }, actor);
  }
}
