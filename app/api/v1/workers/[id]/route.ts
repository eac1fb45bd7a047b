import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { getWorker, updateWorker } from "@/lib/data/workers";

export const GET = apiRoute(endpoints.getWorker, ({ actor, params }) => getWorker(actor, params.id));

export const PATCH = apiRoute(endpoints.updateWorker, async ({ actor, params, body }) => {
  await updateWorker(actor, params.id, body);
  return getWorker(actor, params.id);
});
