import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { createWorker, listWorkers } from "@/lib/data/workers";

export const GET = apiRoute(endpoints.listWorkers, ({ actor, query }) => listWorkers(actor, query));

export const POST = apiRoute(endpoints.createWorker, ({ actor, body }) => createWorker(actor, body));
