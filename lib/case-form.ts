import { formValues } from "@/lib/schemas/common";
import type { AttachmentUpload } from "@/lib/data/case-attachments";

/**
 * A case form's fields as the schemas take them: the categories ticked (a repeated key) as an
 * array, the rest as strings; `values` keeps what was typed for the form to show again.
 */
export function caseFormValues(formData: FormData): { input: Record<string, unknown>; values: Record<string, string> } {
  const values = formValues(formData);
  const categories = formData.getAll("categories").filter((value): value is string => typeof value === "string");
  delete values.attachments;
  return { input: { ...values, categories }, values: { ...values, categories: categories.join(",") } };
}

/**
 * The files chosen in the form's file input. An input left empty still sends one empty file, whose
 * name depends on the road it took (none from a plain post, another once React carried the form to
 * its action): an empty file carries nothing to keep, so none is taken as chosen.
 */
export async function uploadsOf(formData: FormData, field = "attachments"): Promise<AttachmentUpload[]> {
  const files = formData.getAll(field).filter((value): value is File => typeof value !== "string" && value.size > 0);
  return Promise.all(files.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
