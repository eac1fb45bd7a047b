import { describe, expect, it } from "vitest";
import { NewPassword } from "@/lib/schemas/user";
import { isCommonPassword } from "./password-policy";

const problems = (password: string) => {
  const parsed = NewPassword.safeParse(password);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe("the password policy", () => {
  it("refuses fewer than 12 characters, whatever they are", () => {
    expect(problems("Xy7#kq!pL2z")).toEqual(["validation.passwordTooShort"]);
    expect(problems("")).toEqual(["validation.required"]);
  });

  it("accepts 12 characters or more without any composition rule, Khmer included", () => {
    expect(problems("correct horse battery")).toEqual([]);
    expect(problems("lowercaseonlyletters")).toEqual([]);
    expect(problems("ពាក្យសម្ងាត់ខ្ញុំ")).toEqual([]);
  });

  it("knows the passwords on the shipped list of common ones, in any case", () => {
    expect(isCommonPassword("qwerty123456")).toBe(true);
    expect(isCommonPassword("QWERTY123456")).toBe(true);
    expect(isCommonPassword("1q2w3e4r5t6y")).toBe(true);
    expect(isCommonPassword("registry-demo-2026")).toBe(false);
  });

  it("refuses what is absurdly long", () => {
    expect(problems("a".repeat(201))).toEqual(["validation.tooLong"]);
  });
});
