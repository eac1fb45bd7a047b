import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { correctPublishedSource, getPublishedSource } from "@/lib/data/published-figures";

export const GET = apiRoute(endpoints.getPublishedSource, ({ actor, params }) => getPublishedSource(actor, params.id));

export const PUT = apiRoute(endpoints.correctPublishedSource, async ({ actor, params, body }) => {
  await correctPublishedSource(actor, params.id, body);
  return getPublishedSource(actor, params.id);
});
