"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { failedFormState } from "@/lib/action-state";
import { getPortalActor, setPortalCookie, signOutOfPortal } from "@/lib/auth/portal-actor";
import { caseFormValues, uploadsOf } from "@/lib/case-form";
import { lodgeFamilyComplaint, lodgePortalComplaint } from "@/lib/data/case-complaints";
import { markPortalNotificationsSeen } from "@/lib/data/portal-enrolments";
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

/** The worker's "seen" on the notifications the page showed them; the page then shows what is left. */
export async function markNotificationsSeenAction(formData: FormData): Promise<void> {
  await markPortalNotificationsSeen(await getPortalActor(), { notificationIds: formData.getAll("notificationId") });
  redirect("/portal");
}

/** A worker's complaint from the portal, with its photos; on success the list of their cases. */
export async function lodgeComplaintAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { input, values } = caseFormValues(formData);
  let referenceNo: string;
  try {
    ({ referenceNo } = await lodgePortalComplaint(await getPortalActor(), input, await uploadsOf(formData)));
  } catch (error) {
    return failedFormState(error, values, null);
  }
  redirect(`/portal/cases?lodged=${encodeURIComponent(referenceNo)}`);
}

/** A family member's complaint from the public page: throttled by the client's address. */
export async function lodgeFamilyComplaintAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { input, values } = caseFormValues(formData);
  let referenceNo: string;
  try {
    ({ referenceNo } = await lodgeFamilyComplaint(input, await uploadsOf(formData), clientAddress(await headers())));
  } catch (error) {
    return failedFormState(error, values, null);
  }
  redirect(`/portal/family?lodged=${encodeURIComponent(referenceNo)}`);
}
