import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { listCountries, listProvinces } from "@/lib/data/reference";
import { exportWorkers } from "@/lib/data/worker-export";
import { searchParamsToQuery } from "@/lib/schemas/worker-list";
import { csvRow } from "@/lib/csv";
import { AppError, httpStatus } from "@/lib/errors";
import { localName } from "@/lib/i18n/locales";

/** Machine files carry ISO dates, whatever the reader's language. */
const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

/**
 * The worker list as it is filtered, as CSV: UTF-8 with a BOM so spreadsheets read Khmer, streamed.
 * Codes stand beside the names they stand for; dates are ISO. `passports=full` asks for the full
 * passport numbers: only the post's officers get them, and the export is audited as such.
 */
export async function GET(request: Request) {
  const [actor, t, locale] = await Promise.all([getActor(), getTranslations(), getLocale()]);
  const params = new URL(request.url).searchParams;
  const withPassports = params.get("passports") === "full";
  // The whole filtered list, not the page on screen; the passport choice is no filter.
  for (const name of ["cursor", "limit", "passports"]) params.delete(name);
  let batches;
  try {
    batches = await exportWorkers(actor, searchParamsToQuery(params), { withPassports });
  } catch (error) {
    if (error instanceof AppError) return new Response(t(error.message), { status: httpStatus[error.code] });
    throw error;
  }
  const [provinces, countries] = await Promise.all([listProvinces(), listCountries()]);
  const name = (list: { code: string; nameEn: string; nameKm: string }[], code: string) => {
    const found = list.find((entry) => entry.code === code);
    return found ? localName(locale, found) : "";
  };

  const header = [
    t("worker.registrationNo"),
    t("worker.fullName"),
    t("worker.fullNameKm"),
    t("worker.sex"),
    withPassports ? t("worker.passportNo") : t("worker.passportMasked"),
    t("workers.export.provinceCode"),
    t("worker.provinceCode"),
    t("workers.export.countryCode"),
    t("worker.destinationCountry"),
    t("worker.employer"),
    t("worker.sector"),
    t("worker.scheme"),
    t("worker.status"),
    t("worker.deployedOn"),
    t("worker.contractEnd"),
    t("worker.registeredOn"),
  ];
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(header)}`));
      for await (const batch of batches) {
        const lines = batch.map((w) =>
          csvRow([
            w.registrationNo,
            w.fullName,
            w.fullNameKm,
            t(`enums.sex.${w.sex}`),
            withPassports ? (w.passportNo ?? "") : w.passportMasked,
            w.provinceCode,
            name(provinces, w.provinceCode),
            w.destinationCountry,
            name(countries, w.destinationCountry),
            w.employer,
            t(`enums.sector.${w.sector}`),
            t(`enums.scheme.${w.scheme}`),
            t(`enums.status.${w.status}`),
            day(w.deployedOn),
            day(w.contractEnd),
            day(w.createdAt),
          ]),
        );
        controller.enqueue(encoder.encode(lines.join("")));
      }
      controller.close();
    },
  });
  const kind = withPassports ? "workers-with-passports" : "workers";
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${kind}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
