import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { getPublishedSource, setPublishedSourceRetired } from "@/lib/data/published-figures";

const post = apiRoute(endpoints.restorePublishedSource, async ({ actor, params }) => {
  await setPublishedSourceRetired(actor, params.id, false);
  return getPublishedSource(actor, params.id);
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ POST: post });
