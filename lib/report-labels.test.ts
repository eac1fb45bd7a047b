import { describe, expect, it } from "vitest";
import { breakdownLabeller } from "./report-labels";

const t = (key: string) => `«${key}»`;
const provinces = [{ code: "KH-14", nameEn: "Prey Veng", nameKm: "ព្រៃវែង" }];

describe("breakdownLabeller", () => {
  it("names provinces in the reader's language, and keeps an unknown code as it is", () => {
    expect(breakdownLabeller("province", { t, locale: "km" }, provinces)("KH-14")).toBe("ព្រៃវែង");
    expect(breakdownLabeller("province", { t, locale: "en" }, provinces)("KH-14")).toBe("Prey Veng");
    expect(breakdownLabeller("province", { t, locale: "en" }, provinces)("KH-99")).toBe("KH-99");
  });

  it("names the other dimensions with the enum words", () => {
    expect(breakdownLabeller("sector", { t, locale: "en" }, provinces)("FISHING")).toBe("«enums.sector.FISHING»");
    expect(breakdownLabeller("status", { t, locale: "en" }, provinces)("DEPLOYED")).toBe("«enums.status.DEPLOYED»");
  });
});
