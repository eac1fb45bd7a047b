import { AppError } from "@/lib/errors";

/**
 * A change (PATCH or PUT) made conditional by If-Match is refused with PRECONDITION_FAILED,
 * carrying the record as it is, when the record is no longer at the version named. (The handler
 * has made that version the one the body corrects, unless the body names one: the write still
 * checks it, so a change saved in between is a CONFLICT.)
 */
export function checkIfMatch(ifMatch: number | undefined, current: { version: number }) {
  if (ifMatch !== undefined && current.version !== ifMatch) throw new AppError("PRECONDITION_FAILED", "errors.PRECONDITION_FAILED", undefined, { current });
}
