import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { homePath } from "./home";
import { decide, type Action, type Actor } from "./permissions";

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
 * A page's refusal, decided as the data layer decides (`decide`): sign-in for nobody, the pending
 * step's page for an account that must first change its password or set up two-factor, 403 for an
 * actor who may not. The data functions behind the page check again all the same.
 */
export function allowedOnPage(actor: Actor | null, action: Action): Actor {
  if (!actor) redirect("/login");
  const decision = decide(actor, action);
  if (!decision.allowed) {
    if (decision.refusal === "notGranted") forbidden();
    redirect(homePath(actor));
  }
  return actor;
}
