import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { changeWorkerStatus } from "@/lib/data/worker-lifecycle";
import { getWorker } from "@/lib/data/workers";

const post = apiRoute(endpoints.changeWorkerStatus, async ({ actor, params, body }) => {
  await changeWorkerStatus(actor, params.id, body);
  return getWorker(actor, params.id);
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ POST: post });
