"use server";
import { cookies } from "next/headers";
import { resolveTheme, THEME_COOKIE } from "./theme";

export async function setTheme(formData: FormData): Promise<void> {
  const theme = resolveTheme(String(formData.get("theme") ?? ""));
  (await cookies()).set(THEME_COOKIE, theme, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
