"use server";
import { cookies } from "next/headers";
import { preferenceCookieOptions } from "@/lib/preference-cookie";
import { resolveTheme, THEME_COOKIE } from "./theme";

export async function setTheme(formData: FormData): Promise<void> {
  const theme = resolveTheme(String(formData.get("theme") ?? ""));
  (await cookies()).set(THEME_COOKIE, theme, preferenceCookieOptions());
}
