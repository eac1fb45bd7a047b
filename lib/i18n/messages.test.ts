import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import km from "@/messages/km.json";

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
}

describe("the message catalogues", () => {
  const english = new Map(flatten(en));
  const khmer = new Map(flatten(km));

  it("say the same things in English and Khmer", () => {
    expect([...khmer.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("have the reports in Khmer, not left empty or in English", () => {
    const untranslated = [...khmer].filter(([key, text]) => key.startsWith("reports.") && (text.trim() === "" || text === english.get(key)));
    expect(untranslated).toEqual([]);
  });

  it("have the workers' portal in Khmer, the language it opens in", () => {
    const untranslated = [...khmer].filter(([key, text]) => key.startsWith("portal.") && (text.trim() === "" || text === english.get(key) || !/[\u1780-\u17FF]/.test(text)));
    expect(untranslated).toEqual([]);
  });
});
