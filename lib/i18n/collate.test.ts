import { describe, expect, it } from "vitest";
import { byName } from "./collate";

const sorted = (locale: string, names: string[]) => names.toSorted(byName(locale, (name: string) => name));

describe("byName", () => {
  it("sorts Khmer names by the Khmer collation, not by code points", () => {
    // Code points put the signs (U+17CB, U+17CF) after the consonant and vowels; the Khmer order puts a bare syllable first.
    const names = ["កក", "កា", "ក់", "ក៏", "ខ", "ក្រ"];
    expect(sorted("km", names)).toEqual(["ក់", "ក៏", "កក", "កា", "ក្រ", "ខ"]);
    expect(names.toSorted()).not.toEqual(sorted("km", names));
    expect(sorted("km", ["សុខ", "សៈ", "សំ"])).toEqual(["សៈ", "សុខ", "សំ"]);
  });

  it("sorts Latin names by letter, whatever their case and accents", () => {
    expect(sorted("en", ["Zoe", "élodie", "Adam", "ñandu", "nancy"])).toEqual(["Adam", "élodie", "nancy", "ñandu", "Zoe"]);
  });

  it("sorts numbers inside names by value", () => {
    expect(sorted("en", ["Bangkok 10", "Bangkok 9"])).toEqual(["Bangkok 9", "Bangkok 10"]);
  });
});
