"use server";
import { cookies } from "next/headers";
import { preferenceCookieOptions } from "@/lib/preference-cookie";
import { DIGITS_COOKIE } from "./digits";

export async function setDigits(formData: FormData): Promise<void> {
  const digits = formData.get("digits") === "khmr" ? "khmr" : "latn";
  (await cookies()).set(DIGITS_COOKIE, digits, preferenceCookieOptions());
}
