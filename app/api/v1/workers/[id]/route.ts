import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { checkIfMatch } from "@/lib/api/precondition";
import { getWorker, patchWorker } from "@/lib/data/workers";

const get = apiRoute(endpoints.getWorker, ({ actor, params }) => getWorker(actor, params.id));

const patch = apiRoute(endpoints.updateWorker, async ({ actor, params, body, ifMatch }) => {
  if (ifMatch !== undefined) checkIfMatch(ifMatch, await getWorker(actor, params.id));
  await patchWorker(actor, params.id, body);
  return getWorker(actor, params.id);
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get, PATCH: patch });
