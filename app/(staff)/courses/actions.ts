"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { createCourse, updateCourse } from "@/lib/data/courses";
import { enrolWorker, recordAttendance, revokeCertificate, setEnrolmentOutcome } from "@/lib/data/enrolments";
import { failedFormState } from "@/lib/action-state";
import { formValues } from "@/lib/schemas/common";
import { formInput } from "@/lib/schemas/form-input";
import { CertificateRevocationInput, CourseInput, CourseUpdateInput, EnrolmentOutcomeInput } from "@/lib/schemas/course";
import type { FormState, MessageValues } from "@/lib/errors";
import type { EnrolmentResult } from "@/components/courses/enrolment-result";

export async function createCourseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  let id: string;
  try {
    ({ id } = await createCourse(actor, formInput(CourseInput, values)));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  redirect(`/courses/${id}?done=created`);
}

export async function updateCourseAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await updateCourse(actor, id, formInput(CourseUpdateInput, values));
  } catch (error) {
    return failedFormState(error, values, actor);
  }
  redirect(`/courses/${id}?done=updated`);
}

/**
 * Enrols the chosen workers one after the other, in the order they were listed, so that the
 * wait-list follows that order; one refusal does not stop the others.
 */
export async function enrolWorkersAction(courseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const workerIds = formData.getAll("workerId").filter((value): value is string => typeof value === "string");
  if (workerIds.length === 0) return { ok: false, formError: "courses.enrol.noneChosen" };
  const results: EnrolmentResult[] = [];
  for (const workerId of workerIds) {
    try {
      const { status, waitlistRank } = await enrolWorker(actor, courseId, { workerId });
      results.push({ workerId, status, waitlistRank });
    } catch (error) {
      const state = failedFormState(error, {}, actor);
      const reason = state.fieldErrors?.workerId?.[0] ?? state.formError ?? "errors.unexpected";
      results.push({ workerId, refused: reason, messageValues: state.details?.messageValues as MessageValues | undefined });
    }
  }
  revalidatePath(`/courses/${courseId}`);
  return { ok: true, details: { results } };
}

/**
 * Withdraws, completes or marks a no-show. On success the page reloads with a notice naming the
 * worker (and whoever moved up from the wait-list); on a conflict the roster is refreshed so the
 * officer sees what someone else did.
 */
export async function setOutcomeAction(courseId: string, enrolmentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  let promoted: string | undefined;
  try {
    ({ promoted } = await setEnrolmentOutcome(actor, enrolmentId, formInput(EnrolmentOutcomeInput, values)));
  } catch (error) {
    revalidatePath(`/courses/${courseId}`);
    return failedFormState(error, values, actor);
  }
  const notice = new URLSearchParams({ done: values.outcome, enrolment: enrolmentId });
  if (promoted) notice.set("promoted", promoted);
  redirect(`/courses/${courseId}?${notice}`);
}

/** Revokes an issued certificate with the reason given; the page reloads with a notice naming it. */
export async function revokeCertificateAction(courseId: string, enrolmentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  try {
    await revokeCertificate(actor, enrolmentId, formInput(CertificateRevocationInput, values), { courseId });
  } catch (error) {
    revalidatePath(`/courses/${courseId}`);
    return failedFormState(error, values, actor);
  }
  redirect(`/courses/${courseId}?${new URLSearchParams({ done: "revoked", enrolment: enrolmentId })}`);
}

/** Ticked boxes are the enrolments present that day; every other one shown is recorded absent. */
export async function recordAttendanceAction(courseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const day = String(formData.get("day") ?? "");
  const present = formData.getAll("present").filter((value): value is string => typeof value === "string");
  const actor = await getActor();
  try {
    const saved = await recordAttendance(actor, courseId, { day, present });
    revalidatePath(`/courses/${courseId}`);
    return { ok: true, values: { day }, details: { present: saved.present, absent: saved.absent } };
  } catch (error) {
    return failedFormState(error, { day, present: present.join(",") }, actor);
  }
}
