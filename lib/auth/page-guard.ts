import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { can, type Action, type Actor } from "./permissions";

/** Turns a data function's refusal into what a page shows: sign-in, 403 or 404. */
export async function forPage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "UNAUTHENTICATED") redirect("/login");
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "NOT_FOUND") notFound();
    }
    throw error;
  }
}

/**
 * For a page whose only purpose is a change (a form): sign-in for nobody, 403 for an actor who may
 * not make it. The action behind the form goes through the data layer's own check all the same.
 */
export function allowedOnPage(actor: Actor | null, action: Action): Actor {
  if (!actor) redirect("/login");
  if (!can(actor, action)) forbidden();
  return actor;
}
