import "server-only";
import { Suspense } from "react";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage } from "@/lib/auth/page-guard";
import type { Action } from "@/lib/auth/permissions";

/**
 * A page's refusal decided before anything is sent, then its content streamed in behind a
 * skeleton. Once streaming starts the status is 200 whatever comes next, so a 403 thrown inside
 * the Suspense boundary would lose its status: the check runs out here, in the page's shell. (Why
 * not loading.tsx: its boundary wraps the whole page, so every refusal under it would be a 200.)
 * The content's data functions check again, as always.
 */
export async function CheckedThenStreamed({ action, fallback, children }: { action: Action; fallback: React.ReactNode; children: React.ReactNode }) {
  allowedOnPage(await getActor(), action);
  return <Suspense fallback={fallback}>{children}</Suspense>;
}
