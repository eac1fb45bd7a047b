import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { transferWorker } from "@/lib/data/worker-lifecycle";

export const POST = apiRoute(endpoints.transferWorker, ({ actor, params, body }) => transferWorker(actor, params.id, body));
