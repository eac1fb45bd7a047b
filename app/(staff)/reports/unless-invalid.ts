import "server-only";
import { forPage } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/errors";

/** A report for the choices in the URL, or null when they are not valid: the page says so beside its form. */
export async function unlessInvalid<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await forPage(work);
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION") return null;
    throw error;
  }
}
