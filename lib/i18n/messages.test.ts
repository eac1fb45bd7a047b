import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import km from "@/messages/km.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe("the messages", () => {
  it("say the same things in English and in Khmer", () => {
    expect(keys(km).sort()).toEqual(keys(en).sort());
  });
});
