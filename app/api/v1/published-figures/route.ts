import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { getPublishedSource, listPublishedSources, savePublishedSource } from "@/lib/data/published-figures";

export const GET = apiRoute(endpoints.listPublishedSources, async ({ actor }) => ({ items: await listPublishedSources(actor) }));

export const POST = apiRoute(endpoints.createPublishedSource, async ({ actor, body }) => {
  const { id } = await savePublishedSource(actor, body);
  return getPublishedSource(actor, id);
});
