import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import km from "@/messages/km.json";
import { IMPORT_FAILURES } from "./file-problem";

describe("an import's failure codes", () => {
  it.each(IMPORT_FAILURES)("%s has its message in English and Khmer", (code) => {
    expect(en.imports.errors).toHaveProperty(code);
    expect(km.imports.errors).toHaveProperty(code);
  });
});
