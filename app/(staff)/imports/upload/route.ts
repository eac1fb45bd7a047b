import { getActor } from "@/lib/auth/actor";
import { failedFormState } from "@/lib/action-state";
import { multipartParts } from "@/lib/api/multipart";
import { uploadImport } from "@/lib/api/import-upload";
import { env } from "@/lib/env";
import { expectedError, httpStatus } from "@/lib/errors";

/**
 * The upload form's endpoint: the same streamed upload as POST /api/v1/imports, answered as form
 * state (message keys, shown in the reader's language) rather than the API's English.
 */
export async function POST(request: Request) {
  const actor = await getActor();
  const headers = { "Cache-Control": "no-store" };
  try {
    const job = await uploadImport(actor, multipartParts(request, env.IMPORT_MAX_MB * 1024 * 1024));
    return Response.json({ ok: true, id: job.id }, { status: 201, headers });
  } catch (error) {
    // The proxy does not see uploads (it would buffer them): the database's absence is told here.
    const expected = expectedError(error);
    const status = expected ? httpStatus[expected.code] : 500;
    return Response.json(failedFormState(error, {}, actor), { status, headers });
  }
}
