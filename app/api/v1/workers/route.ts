import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { createWorker, listWorkers } from "@/lib/data/workers";

const get = apiRoute(endpoints.listWorkers, ({ actor, query }) => listWorkers(actor, query));

const post = apiRoute(endpoints.createWorker, ({ actor, body }) => createWorker(actor, body));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get, POST: post });
