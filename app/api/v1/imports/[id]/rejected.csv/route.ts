import { getTranslations } from "next-intl/server";
import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { getRejectedRows } from "@/lib/data/imports";
import { rejectedRowsCsv } from "@/lib/imports/rejected-csv";

/** In the reader's language (the language cookie; English otherwise), as the import's page links to it. */
const get = apiRoute(endpoints.rejectedRows, async ({ actor, params }) => {
  const [rejected, t] = await Promise.all([getRejectedRows(actor, params.id), getTranslations("imports")]);
  const body = rejectedRowsCsv(rejected, { line: t("rejected.line"), reasons: t("rejected.reasons"), reason: (key, values) => t(`reasons.${key}`, values) });
  return { fileName: `${rejected.fileName.replace(/\.[^.]+$/, "")}-rejected.csv`, body };
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get });
