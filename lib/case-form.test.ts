import { describe, expect, it } from "vitest";
import { uploadsOf } from "./case-form";

describe("uploadsOf", () => {
  it("takes the files chosen, not the empty one an input left empty sends, whatever it is named on the way", async () => {
    const form = new FormData();
    for (const name of ["", "blob", "undefined"]) form.append("attachments", new File([], name));
    form.append("attachments", new File([new Uint8Array([37, 80, 68, 70])], "payslip.pdf"));
    expect((await uploadsOf(form)).map((upload) => [upload.fileName, upload.bytes.byteLength])).toEqual([["payslip.pdf", 4]]);
  });
});
