import { describe, expect, it } from "vitest";
import { formFieldErrors, formValuesOf, sourceFromForm } from "./published-source-form";

describe("sourceFromForm", () => {
  it("turns the rows filled in into figures and leaves the blank ones out", () => {
    const input = sourceFromForm({
      id: "ilo-2023",
      title: "ILO brief",
      publishedOn: "2023-06-01",
      asOf: "2022-12-31",
      note: "",
      "workers.TH": "1,100,000",
      "note.TH": "rounded",
      "workers.MY": "២៤ ១០០",
      "note.MY": "",
      "workers.KR": " ",
      "note.KR": "",
      "workers.JP": "",
      "note.JP": "no number",
    });
    expect(input).toEqual({
      id: "ilo-2023",
      title: "ILO brief",
      publishedOn: "2023-06-01",
      asOf: "2022-12-31",
      note: "",
      // Counts as typed, with separators or Khmer digits, become numbers; a note without a number
      // is sent on, so that the person is told the number is missing.
      figures: [
        { countryCode: "TH", workers: 1_100_000, note: "rounded" },
        { countryCode: "MY", workers: 24_100, note: "" },
        { countryCode: "JP", note: "no number" },
      ],
    });
  });
});

describe("formFieldErrors", () => {
  it("puts an error about a figure on its country's row, and leaves the others where they are", () => {
    const figures = [
      { countryCode: "TH", workers: "1", note: "" },
      { countryCode: "JP", workers: "", note: "x" },
    ];
    expect(
      formFieldErrors({ "figures.1.workers": ["validation.number"], "figures.0.note": ["validation.tooLong"], figures: ["validation.figuresRequired"], title: ["validation.required"] }, figures),
    ).toEqual({
      "workers.JP": ["validation.number"],
      "note.TH": ["validation.tooLong"],
      figures: ["validation.figuresRequired"],
      title: ["validation.required"],
    });
    expect(formFieldErrors(undefined, figures)).toBeUndefined();
  });
});

describe("formValuesOf", () => {
  it("gives a saved source as the form's fields, and back again", () => {
    const values = formValuesOf({
      title: "Ministry report",
      publishedOn: new Date("2022-03-28T00:00:00Z"),
      asOf: new Date("2021-12-31T00:00:00Z"),
      note: null,
      official: true,
      version: 4,
      figures: [{ countryCode: "TH", workers: 1220197, note: "rounded" }],
    });
    expect(values).toEqual({
      title: "Ministry report",
      publishedOn: "2022-03-28",
      asOf: "2021-12-31",
      note: "",
      official: "true",
      version: "4",
      "workers.TH": "1220197",
      "note.TH": "rounded",
    });
    expect(sourceFromForm(values)).toMatchObject({ version: 4, official: true, figures: [{ countryCode: "TH", workers: 1220197, note: "rounded" }] });
  });
});
