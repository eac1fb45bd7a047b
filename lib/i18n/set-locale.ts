"use server";
import { cookies } from "next/headers";
import { preferenceCookieOptions } from "@/lib/preference-cookie";
import { LOCALE_COOKIE, resolveLocale } from "./locales";

export async function setLocale(formData: FormData): Promise<void> {
  const locale = resolveLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, preferenceCookieOptions());
}
