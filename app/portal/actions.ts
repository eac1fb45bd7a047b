"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { failedFormState } from "@/lib/action-state";
import { setPortalCookie, signOutOfPortal } from "@/lib/auth/portal-actor";
import { signInToPortal } from "@/lib/data/portal-sessions";
import type { FormState } from "@/lib/errors";
import { clientAddress, publicOrigin } from "@/lib/request-info";
import { safeDestination } from "@/lib/safe-destination";
import { formValues } from "@/lib/schemas/common";

export async function signInToPortalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // The page the worker was sent to sign in from (a certificate's link); only a page of the portal.
  const { callbackUrl, ...values } = formValues(formData);
  try {
    const { token, expiresAt } = await signInToPortal(values, clientAddress(await headers()));
    await setPortalCookie(token, expiresAt);
  } catch (error) {
    // The number and birth date stay in the form; the code is typed again, never sent back.
    return failedFormState(error, { ...values, callbackUrl: callbackUrl ?? "", accessCode: "" }, null);
  }
  redirect(safeDestination(callbackUrl, publicOrigin(), { within: "/portal" }));
}

export async function signOutOfPortalAction(): Promise<void> {
  await signOutOfPortal();
  redirect("/portal");
}
