import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { csvRow } from "@/lib/csv";
import { templateHeaders, templateXlsx } from "@/lib/imports/template";

/** The import template, CSV or XLSX: a Khmer header row, then an English one (either alone is accepted too). */
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }) {
  const [{ format }, actor, t] = await Promise.all([params, getActor(), getTranslations()]);
  if (!actor) return new Response(t("errors.UNAUTHENTICATED"), { status: 401 });
  if (!can(actor, "worker.import")) return new Response(t("errors.FORBIDDEN"), { status: 403 });
  const headers = templateHeaders();
  if (format === "csv") {
    return new Response(`\uFEFF${headers.map(csvRow).join("")}`, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="registry-import-template.csv"' },
    });
  }
  if (format === "xlsx") {
    return new Response(await templateXlsx(headers), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": 'attachment; filename="registry-import-template.xlsx"',
      },
    });
  }
  return new Response(t("errors.NOT_FOUND"), { status: 404 });
}
