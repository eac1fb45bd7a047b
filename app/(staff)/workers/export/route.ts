import { getFormatter, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { exportWorkers } from "@/lib/data/worker-export";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { csvRow } from "@/lib/csv";
import { AppError, httpStatus } from "@/lib/errors";

const columns = ["registrationNo", "fullName", "fullNameKm", "sex", "passportMasked", "provinceCode", "destinationCountry", "employer", "sector", "scheme", "status", "deployedOn", "contractEnd", "registeredOn"] as const;

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

/** The worker list as it is filtered, as CSV: UTF-8 with a BOM so spreadsheets read Khmer, streamed. */
export async function GET(request: Request) {
  const [actor, t, format] = await Promise.all([getActor(), getTranslations(), getFormatter()]);
  const params = new URL(request.url).searchParams;
  // The whole filtered list, not the page on screen.
  params.delete("cursor");
  params.delete("limit");
  let batches;
  try {
    batches = await exportWorkers(actor, searchParamsToQuery(params));
  } catch (error) {
    if (error instanceof AppError) return new Response(t(error.message), { status: httpStatus[error.code] });
    throw error;
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(columns.map((c) => t(`worker.${c}`)))}`));
      for await (const batch of batches) {
        const lines = batch.map((w) =>
          csvRow([
            w.registrationNo,
            w.fullName,
            w.fullNameKm,
            t(`enums.sex.${w.sex}`),
            w.passportMasked,
            w.provinceCode,
            w.destinationCountry,
            w.employer,
            t(`enums.sector.${w.sector}`),
            t(`enums.scheme.${w.scheme}`),
            t(`enums.status.${w.status}`),
            day(w.deployedOn),
            day(w.contractEnd),
            format.dateTime(w.createdAt, { dateStyle: "short" }),
          ]),
        );
        controller.enqueue(encoder.encode(lines.join("")));
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="workers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
