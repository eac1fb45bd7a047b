"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { createUser, resetUserPassword, resetUserTwoFactor, setUserActive, updateUser } from "@/lib/data/users";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import { formInput } from "@/lib/schemas/form-input";
import { UserUpdateInput, UserVersionInput } from "@/lib/schemas/user";
import type { FormState } from "@/lib/errors";

// Temporary passwords go back in the action's answer, shown once: never in a URL or the log.

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    const { id, temporaryPassword } = await createUser(actor, values);
    revalidatePath("/admin/users");
    return { ok: true, details: { id, temporaryPassword, email: values.email } };
  } catch (error) {
    return failedFormState(error, values, actor);
  }
}

export async function updateUserAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await updateUser(actor, id, formInput(UserUpdateInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath(`/admin/users/${id}`);
  return { ok: true };
}

export async function resetPasswordAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    const { temporaryPassword } = await resetUserPassword(actor, id, formInput(UserVersionInput, values));
    revalidatePath(`/admin/users/${id}`);
    return { ok: true, details: { temporaryPassword } };
  } catch (error) {
    return failedFormState(error, values, actor);
  }
}

export async function setActiveAction(id: string, active: boolean, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await setUserActive(actor, id, active, formInput(UserVersionInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath(`/admin/users/${id}`);
  return { ok: true, details: { done: active ? "accounts.reactivated" : "accounts.deactivated" } };
}

export async function resetTwoFactorAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await resetUserTwoFactor(actor, id, formInput(UserVersionInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  revalidatePath(`/admin/users/${id}`);
  return { ok: true, details: { done: "accounts.twoFactorReset" } };
}
