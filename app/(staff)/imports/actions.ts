"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { failedFormState } from "@/lib/action-state";
import { confirmImport } from "@/lib/data/imports";
import type { FormState } from "@/lib/errors";

/** Imports a finished dry run's file for real and shows the new job. */
export async function confirmImportAction(dryRunId: string): Promise<FormState> {
  const actor = await getActor();
  let id: string;
  try {
    ({ id } = await confirmImport(actor, dryRunId));
  } catch (error) {
    return failedFormState(error, {}, actor);
  }
  redirect(`/imports/${id}`);
}
