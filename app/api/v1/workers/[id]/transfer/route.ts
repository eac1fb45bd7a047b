import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { transferWorker } from "@/lib/data/worker-lifecycle";

const post = apiRoute(endpoints.transferWorker, ({ actor, params, body }) => transferWorker(actor, params.id, body));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ POST: post });
