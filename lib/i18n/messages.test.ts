import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import km from "@/messages/km.json";

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
}

const KHMER_SCRIPT = /[\u1780-\u17FF\u19E0-\u19FF]/;

/**
 * The only Khmer values allowed without Khmer script: messages made of ICU arguments and
 * punctuation alone, which read the same in every language. A new entry here needs a reason.
 */
const SAME_IN_EVERY_LANGUAGE: Record<string, string> = {
  "courses.placesTaken": "{enrolled} / {capacity}",
};

/** The argument names a message uses ({name}, {count, plural, …}), which both languages must share. */
function argumentsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((match) => match[1]))].sort();
}

describe("the message catalogues", () => {
  const english = new Map(flatten(en));
  const khmer = new Map(flatten(km));

  it("say the same things in English and Khmer: no key missing from either", () => {
    expect([...khmer.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !khmer.has(key))).toEqual([]);
  });

  it("have every Khmer value written in Khmer, not left empty or in English", () => {
    const untranslated = [...khmer].filter(([key, text]) => !KHMER_SCRIPT.test(text) && SAME_IN_EVERY_LANGUAGE[key] !== text);
    expect(untranslated).toEqual([]);
  });

  it("keep the allowed exceptions honest: each is still in the catalogues and still free of words", () => {
    for (const [key, text] of Object.entries(SAME_IN_EVERY_LANGUAGE)) {
      expect(khmer.get(key)).toBe(text);
      expect(text.replace(/\{[^}]*\}/g, "")).not.toMatch(/\p{L}/u);
    }
  });

  it("give both languages the same arguments (Khmer may take an argument's Khmer form, courseKm for course)", () => {
    const inKhmer = (name: string) => name.replace(/Km$/, "");
    const mismatched = [...english]
      .filter(([key, text]) => khmer.has(key) && argumentsOf(text).join() !== [...new Set(argumentsOf(khmer.get(key)!).map(inKhmer))].sort().join())
      .map(([key, text]) => ({ key, en: argumentsOf(text), km: argumentsOf(khmer.get(key)!) }));
    expect(mismatched).toEqual([]);
  });
});
