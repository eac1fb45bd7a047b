import { AppError } from "@/lib/errors";
import { UUID } from "@/lib/schemas/common";

/**
 * Keyset cursors: where the next page of a list starts, as the last row's sort value and id. A
 * cursor names the order it was made for, and is refused (a bad request, never a database error)
 * when it comes back with another order, is not one this server made, or holds a value PostgreSQL
 * could not compare: a malformed instant, a NUL character, an id that is no UUID.
 */
export type Cursor = { value: string; id: string };

/** What the sort value is: an instant (ISO 8601, as toISOString gives it) or text such as a name. */
type SortValue = "instant" | "text";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MAX_TEXT = 300;

export function encodeCursor(order: string, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([order, cursor.value, cursor.id])).toString("base64url");
}

function validValue(value: unknown, kind: SortValue): value is string {
  if (typeof value !== "string") return false;
  // A day the calendar lacks (02-30) parses in JavaScript, rolled over; PostgreSQL refuses it.
  if (kind === "instant") return INSTANT.test(value) && new Date(value).toISOString() === value;
  return value.length <= MAX_TEXT && !value.includes("\u0000");
}

/** The cursor of a page of the list sorted by `order`; null for the first page. */
export function decodeCursor(raw: string | undefined, order: string, kind: SortValue): Cursor | null {
  if (!raw) return null;
  let decoded: unknown;
  try {
    decoded = /^[A-Za-z0-9_-]+$/.test(raw) ? JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) : null;
  } catch {
    decoded = null;
  }
  if (Array.isArray(decoded) && decoded.length === 3) {
    const [madeFor, value, id] = decoded as unknown[];
    if (madeFor === order && validValue(value, kind) && typeof id === "string" && UUID.test(id)) return { value, id };
  }
  throw new AppError("VALIDATION", "errors.VALIDATION", { cursor: ["validation.cursor"] });
}
