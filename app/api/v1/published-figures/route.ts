import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { getPublishedSource, listPublishedSources, savePublishedSource } from "@/lib/data/published-figures";

const get = apiRoute(endpoints.listPublishedSources, async ({ actor }) => ({ items: await listPublishedSources(actor) }));

const post = apiRoute(endpoints.createPublishedSource, async ({ actor, body }) => {
  const { id } = await savePublishedSource(actor, body);
  return getPublishedSource(actor, id);
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get, POST: post });
