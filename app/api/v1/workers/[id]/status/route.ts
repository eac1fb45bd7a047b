import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { changeWorkerStatus } from "@/lib/data/worker-lifecycle";
import { getWorker } from "@/lib/data/workers";

export const POST = apiRoute(endpoints.changeWorkerStatus, async ({ actor, params, body }) => {
  await changeWorkerStatus(actor, params.id, body);
  return getWorker(actor, params.id);
});
