import { endpoints } from "@/lib/api/endpoints";
import { english } from "@/lib/api/error-response";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { importPublishedFigures } from "@/lib/data/published-figures";
import { parseInput } from "@/lib/schemas/common";
import { PublishedImportInput } from "@/lib/schemas/reports";

const post = apiRoute(endpoints.importPublishedFigures, async ({ actor, body }) => {
  const { csv, dryRun } = parseInput(PublishedImportInput, body);
  const result = await importPublishedFigures(actor, csv, { dryRun });
  return { ...result, problems: result.problems.map(({ line, message, values }) => ({ line, message: english(message, values) })) };
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ POST: post });
