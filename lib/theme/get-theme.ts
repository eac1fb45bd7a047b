import "server-only";
import { cookies } from "next/headers";
import { resolveTheme, THEME_COOKIE, type Theme } from "./theme";

/** The theme the reader chose, for this request. */
export async function getTheme(): Promise<Theme> {
  return resolveTheme((await cookies()).get(THEME_COOKIE)?.value);
}
