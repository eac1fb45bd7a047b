import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { checkIfMatch } from "@/lib/api/precondition";
import { correctPublishedSource, getPublishedSource } from "@/lib/data/published-figures";

const get = apiRoute(endpoints.getPublishedSource, ({ actor, params }) => getPublishedSource(actor, params.id));

const put = apiRoute(endpoints.correctPublishedSource, async ({ actor, params, body, ifMatch }) => {
  if (ifMatch !== undefined) checkIfMatch(ifMatch, await getPublishedSource(actor, params.id));
  await correctPublishedSource(actor, params.id, body);
  return getPublishedSource(actor, params.id);
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get, PUT: put });
