import { describe, expect, it } from "vitest";
import { PublishedSourceInput } from "./schemas/reports";
import { proposeSourceId } from "./source-id";

describe("proposeSourceId", () => {
  it("keeps the title's first meaningful words and the year of publication", () => {
    expect(proposeSourceId("Ministry of Labour and Vocational Training report on Cambodian workers abroad", "2022-03-28")).toBe("ministry-labour-vocational-training-2022");
    expect(proposeSourceId("Statement of the Korean ambassador to Cambodia (approximate figure)", "2022-03-23")).toBe("statement-korean-ambassador-cambodia-2022");
    expect(proposeSourceId("ILO brief 2023", "2023-06-01")).toBe("ilo-brief-2023");
    expect(proposeSourceId("Rapport de l'OIT : travailleurs émigrés", "")).toBe("rapport-de-l-oit");
  });

  it("falls back to 'source' for a title without Latin words, and numbers an id already taken", () => {
    expect(proposeSourceId("របាយការណ៍ក្រសួង", "2025-01-15")).toBe("source-2025");
    expect(proposeSourceId("", "")).toBe("source");
    expect(proposeSourceId("ILO brief", "2023-06-01", new Set(["ilo-brief-2023", "ilo-brief-2023-2"]))).toBe("ilo-brief-2023-3");
  });

  it("always gives an id the form accepts", () => {
    for (const title of ["Ministry of Labour report", "A".repeat(300), "of the and", "2022", "New", "import"]) {
      const id = proposeSourceId(title, "2024-05-01");
      expect(PublishedSourceInput.shape.id.safeParse(id).success, id).toBe(true);
    }
  });
});
